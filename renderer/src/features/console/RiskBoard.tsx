import { App, Empty, Flex, theme, Typography } from 'antd';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../pop/useFormat';
import type { RiskBoardEntry } from '../../../../shared/schemas/console';
import { useRiskWords } from '../risk/useRiskWords';
import { plainButtonThemeClass } from '../../ui/PlainButton';
import { plainTagThemeClass } from '../../ui/PlainTag';
import { ConsoleKitProvider } from './console-kit';
import { consoleRowsThemeClass } from './console-rows-theme';
import { MonitorDrawer } from './MonitorDrawer';
import { ReassignDialog } from './ReassignDialog';
import { RISK_ROW_HEIGHT, RiskRow, riskGridRowStyle, type RiskAction } from './RiskRow';
import { useFront } from './use-console-actions';
import { useMonitorSession } from './use-monitor';
import { VirtualGrid } from './VirtualGrid';

interface RiskBoardProps {
  /** In the gateway's order: riskiest first. */
  entries: readonly RiskBoardEntry[];
  /** Waiting and live contacts in all; more than `entries` when the gateway capped the list. */
  total?: number;
}

/**
 * Waiting and live contacts, riskiest first, as the gateway ranks them: who, why they are
 * likely calling, how long they have waited and who has them. A waiting one can be sent to a
 * chosen agent or pulled to the front of its queue; a live chat can be monitored.
 */
function RiskBoardView({ entries, total = entries.length }: RiskBoardProps) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const { message } = App.useApp();
  const words = useRiskWords();
  const front = useFront();
  const monitor = useMonitorSession();
  const [reassigning, setReassigning] = useState<RiskBoardEntry | null>(null);
  const { mutate: moveToFront } = front;
  const { open: openMonitor } = monitor;

  const onAction = useCallback(
    (action: RiskAction, entry: RiskBoardEntry) => {
      if (action === 'reassign') setReassigning(entry);
      else if (action === 'monitor') openMonitor(entry);
      else
        moveToFront(entry.contactId, {
          onSuccess: () => void message.success(t('risk.frontDone')),
          onError: (error) => void message.error(t('risk.frontFailed', { message: error.message })),
        });
    },
    [moveToFront, openMonitor, message, t],
  );
  const frontPendingId = front.isPending ? front.variables : null;
  const { token } = theme.useToken();

  return (
    <section
      className={`${consoleRowsThemeClass(token)} ${plainTagThemeClass(token)} ${plainButtonThemeClass(token)}`}
      data-testid="risk-board"
      aria-labelledby="console-risk-title"
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <Flex align="baseline" gap={8} wrap style={{ marginBlock: '12px 8px' }}>
        <Typography.Title level={5} id="console-risk-title" style={{ margin: 0 }}>
          {t('risk.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('risk.subtitle')}</Typography.Text>
        {total > entries.length && (
          <Typography.Text type="warning" data-testid="risk-capped">
            {t('risk.capped', { shown: format.count(entries.length), total: format.count(total) })}
          </Typography.Text>
        )}
      </Flex>
      <ConsoleKitProvider>
        <VirtualGrid
          labelledBy="console-risk-title"
          columns={[
            t('risk.customer'),
            t('risk.risk'),
            t('risk.reason'),
            t('risk.promises'),
            t('risk.wait'),
            t('risk.state'),
            t('risk.owner'),
            t('risk.actions'),
          ]}
          rowStyle={riskGridRowStyle}
          rowHeight={RISK_ROW_HEIGHT}
          count={entries.length}
          minHeight={132}
          scrollTestId="risk-scroll"
          empty={
            <div data-testid="risk-empty">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('risk.empty')} />
            </div>
          }
          renderRow={(index, start) => {
            const entry = entries[index];
            return entry === undefined ? null : (
              <RiskRow
                key={entry.contactId}
                entry={entry}
                index={index}
                start={start}
                words={words}
                frontPending={frontPendingId === entry.contactId}
                onAction={onAction}
              />
            );
          }}
        />
      </ConsoleKitProvider>
      <ReassignDialog entry={reassigning} onClose={() => setReassigning(null)} />
      <MonitorDrawer session={monitor} />
    </section>
  );
}

/** Memoized: the console's urgent render for a new board stops here (see ConsolePage). */
export const RiskBoard = memo(RiskBoardView);
