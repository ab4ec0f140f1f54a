import { Layout } from 'antd';
import { CommandsProvider } from '../../commands/CommandsProvider';
import { useAgent, useWorkspaceView } from '../../state';
import { canUseConsole } from '../console/console-access';
import { ConsolePage } from '../console/ConsolePage';
import { WorklistPage } from '../worklist/WorklistPage';
import { ActiveContact } from './ActiveContact';
import { IdleState } from './IdleState';
import { OfferTabs } from './OfferTabs';
import { PopAnnouncer } from './PopAnnouncer';
import { useHeldContacts } from './use-held-contacts';
import { WorkspaceHeader } from './WorkspaceHeader';

export function WorkspacePage() {
  const { offers, active, select } = useHeldContacts();
  const view = useWorkspaceView();
  const lead = canUseConsole(useAgent()?.role);
  return (
    <CommandsProvider>
      <Layout style={{ height: '100vh' }}>
        <WorkspaceHeader />
        <Layout.Content style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          {view === 'console' && lead ? (
            <ConsolePage />
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
      </Layout>
    </CommandsProvider>
  );
}
