import { WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton, Tabs, Tag, Typography, type TabsProps } from 'antd';
import {
  memo,
  useDeferredValue,
  useMemo,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { useConsoleAgents, useConsoleBoard } from '../../api/console/queries';
import { useFormat } from '../pop/useFormat';
import { secondsSince } from '../workspace/clock';
import { AgentsGrid } from './AgentsGrid';
import { AlertsPanel } from './AlertsPanel';
import { ConsoleClockProvider, useConsoleNow } from './console-clock';
import { QueuesBoard } from './QueuesBoard';
import { RiskBoard } from './RiskBoard';
import { TrendsPanel } from './trends/TrendsPanel';

type ConsoleTab = 'live' | 'agents' | 'trends';

/** A board older than this (no push for a while: the socket may be down) says how old it is. */
const STALE_AFTER_SECONDS = 10;
const ALERTS_WIDTH = 300;

// Only the height: antd hides an inactive pane with its class, which an inline `display` would undo.
const paneStyle: CSSProperties = { height: '100%' };
const paneBody: CSSProperties = {
  height: '100%',
  display: 'flex',
  flexDirection: 'column',
  minHeight: 0,
};

function BoardAge({ generatedAt }: { generatedAt: string }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const age = secondsSince(generatedAt, useConsoleNow());
  if (age < STALE_AFTER_SECONDS) return null;
  return (
    <Tag color="warning" icon={<WarningOutlined />} data-testid="console-stale">
      {t('updated', { time: format.duration(age) })}
    </Tag>
  );
}

/**
 * The live tabs need the board: loading and failure are shown in their place. `board` is the
 * deferred copy of the query's data (see ConsolePage).
 */
function WithBoard<T>({
  query,
  board,
  children,
}: {
  query: UseQueryResult<T>;
  board: T | undefined;
  children: (board: T) => ReactNode;
}) {
  const { t } = useTranslation('console');
  if (query.isPending || (board === undefined && !query.isError)) {
    return (
      <div data-testid="console-loading" aria-busy="true" aria-label={t('loading')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <Result
        data-testid="console-error"
        status="error"
        title={t('error')}
        subTitle={query.error.message}
        extra={
          <Button onClick={() => void query.refetch()} data-testid="console-retry">
            {t('retry')}
          </Button>
        }
      />
    );
  }
  return board === undefined ? null : children(board);
}

/**
 * The team lead's console: queues and the risk board, every agent, and trends, with the alerts
 * always beside them. The gateway pushes the board (`console.board`) as it changes.
 *
 * Boards arrive several times a second under load. The panels render a deferred copy: React
 * draws a new board in the background, in slices, and drops one that a newer board overtook, so
 * the lead's clicks and typing never wait behind a long task. The panels are memoized, so the
 * urgent render that only brings the new data in stops at them.
 */
export function ConsolePage() {
  return (
    <ConsoleClockProvider>
      <ConsoleContent />
    </ConsoleClockProvider>
  );
}

/** The board for a pane: its own subscription, drawn from a deferred copy (see ConsolePage). */
function useDeferredBoard() {
  const query = useConsoleBoard();
  return { query, board: useDeferredValue(query.data) };
}

function LivePane() {
  const { query, board } = useDeferredBoard();
  return (
    <WithBoard query={query} board={board}>
      {(data) => (
        <div style={paneBody}>
          <QueuesBoard
            queues={data.queues}
            generatedAt={data.generatedAt}
            serviceLevelSeconds={data.thresholds.serviceLevelSeconds}
          />
          <RiskBoard entries={data.risk} total={data.riskTotal} />
        </div>
      )}
    </WithBoard>
  );
}

/** The agents grid: fetched when the tab opens, then pushed while it shows (console.agents). */
function AgentsPane() {
  const { query, board } = useDeferredBoard();
  const gridQuery = useConsoleAgents();
  const grid = useDeferredValue(gridQuery.data);
  return (
    <WithBoard query={query} board={board}>
      {(data) => (
        <WithBoard query={gridQuery} board={grid}>
          {(agents) => (
            <div style={paneBody}>
              <AgentsGrid agents={agents.agents} thresholds={data.thresholds} />
            </div>
          )}
        </WithBoard>
      )}
    </WithBoard>
  );
}

/**
 * The tabs, memoized apart from the board: each pane follows the board itself, so a pushed board
 * never redraws (and measures) the tab bar.
 */
const ConsoleTabs = memo(function ConsoleTabs() {
  const { t } = useTranslation('console');
  const [tab, setTab] = useState<ConsoleTab>('live');
  const items = useMemo(
    () =>
      [
        {
          key: 'live',
          label: <span data-testid="console-tab-live">{t('tabs.live')}</span>,
          style: paneStyle,
          children: <LivePane />,
        },
        {
          key: 'agents',
          label: <span data-testid="console-tab-agents">{t('tabs.agents')}</span>,
          style: paneStyle,
          // Unmounted when another tab shows: the desktop then stops watching the agents grid.
          destroyOnHidden: true,
          children: <AgentsPane />,
        },
        {
          key: 'trends',
          label: <span data-testid="console-tab-trends">{t('tabs.trends')}</span>,
          style: paneStyle,
          children: (
            <div style={{ ...paneBody, overflowY: 'auto' }}>
              <TrendsPanel />
            </div>
          ),
        },
      ] satisfies (NonNullable<TabsProps['items']>[number] & { key: ConsoleTab })[],
    [t],
  );
  return (
    <Tabs
      aria-label={t('tabs.label')}
      size="small"
      activeKey={tab}
      onChange={(key) => setTab(key as ConsoleTab)}
      items={items}
      style={{ flex: 1, minWidth: 0, minHeight: 0 }}
      styles={{ body: { height: '100%' } }}
    />
  );
});

function ConsoleContent() {
  const { t } = useTranslation('console');
  const { board } = useDeferredBoard();
  return (
    <section
      data-testid="console-page"
      // When the board on screen was built: the e2e test and bench:console read it.
      data-board-generated-at={board?.generatedAt}
      aria-labelledby="console-title"
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <Flex align="center" gap={12} style={{ paddingBlock: 8, paddingInline: 16 }}>
        <Typography.Title level={4} id="console-title" style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {board !== undefined && <BoardAge generatedAt={board.generatedAt} />}
      </Flex>
      <div
        style={{
          display: 'flex',
          gap: 12,
          flex: 1,
          minHeight: 0,
          paddingInline: 16,
          paddingBlockEnd: 8,
        }}
      >
        <ConsoleTabs />
        <div style={{ width: ALERTS_WIDTH, flex: 'none', minHeight: 0 }}>
          <AlertsPanel alerts={board?.alerts} />
        </div>
      </div>
    </section>
  );
}
