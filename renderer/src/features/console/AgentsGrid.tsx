import { SearchOutlined } from '@ant-design/icons';
import { Empty, Flex, Input, Typography } from 'antd';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleAgent, ConsoleThresholds } from '../../../../shared/schemas/console';
import { useFormat } from '../pop/useFormat';
import { AGENT_ROW_HEIGHT, AgentRow, agentGridRowStyle } from './AgentRow';
import { AgentStateDialog } from './AgentStateDialog';
import { VirtualGrid } from './VirtualGrid';

interface AgentsGridProps {
  agents: readonly ConsoleAgent[];
  thresholds: ConsoleThresholds;
}

/** Agents whose name has `query` in it (any case); all of them for an empty query. */
function filterAgents(agents: readonly ConsoleAgent[], query: string, locale: string) {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (needle === '') return agents;
  return agents.filter((agent) => agent.displayName.toLocaleLowerCase(locale).includes(needle));
}

/**
 * Every agent, in the gateway's order, windowed (fixed row height): presence, time in state,
 * what they hold and their chat load, long wrap-ups and long holds called out. Per agent, the
 * lead can set them available or away.
 */
function AgentsGridView({ agents, thresholds }: AgentsGridProps) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => filterAgents(agents, deferredQuery, format.locale),
    [agents, deferredQuery, format.locale],
  );
  const [editingId, setEditingId] = useState<string | null>(null);
  // The agent as the latest board has them, not as they were when the dialog opened.
  const editing = editingId === null ? null : (agents.find((a) => a.agentId === editingId) ?? null);
  const onSetState = useCallback((agent: ConsoleAgent) => setEditingId(agent.agentId), []);

  return (
    <section
      data-testid="agents-grid"
      aria-labelledby="console-agents-title"
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
    >
      <Flex align="center" justify="space-between" gap={12} style={{ marginBlockEnd: 8 }}>
        <Typography.Title level={5} id="console-agents-title" style={{ margin: 0 }}>
          {t('agents.title')}{' '}
          <Typography.Text
            type="secondary"
            data-testid="agent-count"
            style={{ fontWeight: 'normal' }}
          >
            {t('agents.count', {
              shown: format.count(shown.length),
              total: format.count(agents.length),
            })}
          </Typography.Text>
        </Typography.Title>
        <Input
          data-testid="agent-search"
          aria-label={t('agents.search')}
          placeholder={t('agents.search')}
          prefix={<SearchOutlined />}
          allowClear
          size="small"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 240 }}
        />
      </Flex>
      <VirtualGrid
        labelledBy="console-agents-title"
        columns={[
          t('agents.name'),
          t('agents.state'),
          t('agents.inState'),
          t('agents.contacts'),
          t('agents.load'),
          t('agents.flags'),
          t('agents.actions'),
        ]}
        rowStyle={agentGridRowStyle}
        rowHeight={AGENT_ROW_HEIGHT}
        count={shown.length}
        minHeight={120}
        scrollTestId="agents-scroll"
        empty={
          <div data-testid="agents-empty">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agents.empty')} />
          </div>
        }
        renderRow={(index, start) => {
          const agent = shown[index];
          return agent === undefined ? null : (
            <AgentRow
              key={agent.agentId}
              agent={agent}
              thresholds={thresholds}
              index={index}
              start={start}
              onSetState={onSetState}
            />
          );
        }}
      />
      <AgentStateDialog agent={editing} onClose={() => setEditingId(null)} />
    </section>
  );
}

/** Memoized: the console's urgent render for a new board stops here (see ConsolePage). */
export const AgentsGrid = memo(AgentsGridView);
