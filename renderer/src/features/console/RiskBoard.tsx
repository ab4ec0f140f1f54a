import { App, Empty, Flex, theme, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../pop/useFormat';
import type { ConsoleAgent, RiskBoardEntry } from '../../../../shared/schemas/console';
import { useVirtualRows } from '../pop/useVirtualRows';
import { useRiskWords } from '../risk/useRiskWords';
import { MonitorDrawer } from './MonitorDrawer';
import { PANEL_MAX_HEIGHT } from './presentation';
import { ReassignDialog } from './ReassignDialog';
import { RISK_ROW_HEIGHT, RiskRow, riskGridRowStyle, type RiskAction } from './RiskRow';
import { useFront } from './use-console-actions';
import { useMonitorSession } from './use-monitor';

const OVERSCAN_ROWS = 4;

interface RiskBoardProps {
  /** In the gateway's order: riskiest first. */
  entries: readonly RiskBoardEntry[];
  /** Waiting and live contacts in all; more than `entries` when the gateway capped the list. */
  total?: number;
  agents: readonly ConsoleAgent[];
}

/**
 * Waiting and live contacts, riskiest first, as the gateway ranks them: who, why they are
 * likely calling, how long they have waited and who has them. A waiting one can be sent to a
 * chosen agent or pulled to the front of its queue; a live chat can be monitored.
 */
export function RiskBoard({ entries, total = entries.length, agents }: RiskBoardProps) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const words = useRiskWords();
  const front = useFront();
  const monitor = useMonitorSession();
  const [reassigning, setReassigning] = useState<RiskBoardEntry | null>(null);
  const { scrollRef, rows, totalSize } = useVirtualRows(
    entries.length,
    RISK_ROW_HEIGHT,
    OVERSCAN_ROWS,
  );
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

  return (
    <section
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
      <div
        role="table"
        aria-labelledby="console-risk-title"
        aria-rowcount={entries.length + 1}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={1}
            style={{
              ...riskGridRowStyle,
              paddingBlock: 6,
              background: token.colorFillQuaternary,
              borderBlockEnd: `1px solid ${token.colorBorderSecondary}`,
              fontWeight: 600,
            }}
          >
            <div role="columnheader">{t('risk.customer')}</div>
            <div role="columnheader">{t('risk.risk')}</div>
            <div role="columnheader">{t('risk.reason')}</div>
            <div role="columnheader">{t('risk.promises')}</div>
            <div role="columnheader">{t('risk.wait')}</div>
            <div role="columnheader">{t('risk.state')}</div>
            <div role="columnheader">{t('risk.owner')}</div>
            <div role="columnheader">{t('risk.actions')}</div>
          </div>
        </div>
        {entries.length === 0 ? (
          <div data-testid="risk-empty">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('risk.empty')} />
          </div>
        ) : (
          <div
            ref={scrollRef}
            data-testid="risk-scroll"
            style={{ flex: 1, minHeight: 132, maxHeight: PANEL_MAX_HEIGHT, overflowY: 'auto' }}
          >
            <div role="rowgroup" style={{ height: totalSize, position: 'relative', width: '100%' }}>
              {rows.map((row) => {
                const entry = entries[row.index];
                return entry === undefined ? null : (
                  <RiskRow
                    key={entry.contactId}
                    entry={entry}
                    index={row.index}
                    start={row.start}
                    words={words}
                    frontPending={frontPendingId === entry.contactId}
                    onAction={onAction}
                  />
                );
              })}
            </div>
          </div>
        )}
      </div>
      <ReassignDialog entry={reassigning} agents={agents} onClose={() => setReassigning(null)} />
      <MonitorDrawer session={monitor} />
    </section>
  );
}
