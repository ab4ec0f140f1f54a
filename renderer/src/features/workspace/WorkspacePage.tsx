import { Layout } from 'antd';
import { CommandsProvider } from '../../commands/CommandsProvider';
import { DesktopBridge } from '../../platform/DesktopBridge';
import { useAgent, useViewedCustomerId, useWorkspaceView } from '../../state';
import { canUseConsole } from '../console/console-access';
import { ConsolePage } from '../console/ConsolePage';
import { useRingSound } from '../ring/use-ring-sound';
import { WorklistPage } from '../worklist/WorklistPage';
import { ActiveContact } from './ActiveContact';
import { CustomerView } from './CustomerView';
import { IdleState } from './IdleState';
import { OfferTabs } from './OfferTabs';
import { PopAnnouncer } from './PopAnnouncer';
import { useHeldContacts } from './use-held-contacts';
import { WorkspaceHeader } from './WorkspaceHeader';

export function WorkspacePage() {
  const { offers, active, select } = useHeldContacts();
  const view = useWorkspaceView();
  const lead = canUseConsole(useAgent()?.role);
  const viewedCustomerId = useViewedCustomerId();
  useRingSound();
  return (
    <CommandsProvider>
      <Layout style={{ height: '100vh' }}>
        <WorkspaceHeader />
        <Layout.Content style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          {view === 'console' && lead ? (
            <ConsolePage />
          ) : view === 'customer' && viewedCustomerId !== null ? (
            <CustomerView key={viewedCustomerId} customerId={viewedCustomerId} />
          ) : view === 'worklist' ? (
            <WorklistPage />
          ) : active === null ? (
            <IdleState />
          ) : (
            <>
              {offers.length > 1 && (
                <OfferTabs offers={offers} activeId={active.contact.id} onSelect={select} />
              )}
              <ActiveContact key={active.contact.id} offer={active} />
            </>
          )}
        </Layout.Content>
        <PopAnnouncer offers={offers} />
        <DesktopBridge />
      </Layout>
    </CommandsProvider>
  );
}
