import { ClockCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Button, Tag, theme, Typography } from 'antd';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleAgent, ConsoleThresholds } from '../../../../shared/schemas/console';
import { ChannelIcon } from '../pop/ChannelIcon';
import { useFormat } from '../pop/useFormat';
import { formatClock, secondsSince } from '../workspace/clock';
import { agentFlags, chatLoad } from './agent-flags';
import { useConsoleNow } from './console-clock';
import { PRESENCE_COLOR } from '../workspace/presence-color';

/** Every row has this height: the grid is virtualized over 500 agents. */
export const AGENT_ROW_HEIGHT = 44;
/** Name · state · in state · contacts · chats · attention · action. */
export const AGENT_GRID_COLUMNS =
  'minmax(100px, 1.2fr) minmax(110px, 1fr) 64px minmax(140px, 2fr) 56px minmax(110px, 1fr) 104px';

export const agentGridRowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: AGENT_GRID_COLUMNS,
  alignItems: 'center',
  columnGap: 8,
  paddingInline: 8,
};

const cell: CSSProperties = { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' };

interface AgentRowProps {
  agent: ConsoleAgent;
  thresholds: ConsoleThresholds;
  /** Position in the (filtered) list, for `aria-rowindex` (the header is row 1). */
  index: number;
  start: number;
  onSetState: (agent: ConsoleAgent) => void;
}

function AgentContacts({ agent }: { agent: ConsoleAgent }) {
  const { t } = useTranslation('console');
  if (agent.contacts.length === 0) {
    return <Typography.Text type="secondary">{t('agents.noContacts')}</Typography.Text>;
  }
  return (
    <>
      {agent.contacts.map((contact, position) => (
        <span
          key={contact.contactId}
          data-testid="agent-contact"
          data-contact-id={contact.contactId}
          data-state={contact.state}
        >
          {position > 0 && ' · '}
          <ChannelIcon channel={contact.channel} label={t(`channel.${contact.channel}`)} />{' '}
          <bdi>{contact.customerName ?? t('risk.unknownCustomer')}</bdi>{' '}
          <Typography.Text type="secondary">({t(`contactState.${contact.state}`)})</Typography.Text>
        </span>
      ))}
    </>
  );
}

/** One agent: presence and how long, what they hold, their chat load, and what needs a look. */
export const AgentRow = memo(function AgentRow({
  agent,
  thresholds,
  index,
  start,
  onSetState,
}: AgentRowProps) {
  const { t, i18n } = useTranslation('console');
  const { token } = theme.useToken();
  const format = useFormat();
  const now = useConsoleNow();
  const { longWrapUp, longHold } = agentFlags(agent, thresholds, now);
  const load = chatLoad(agent);
  const flagged = longWrapUp || longHold;
  const contactsText = agent.contacts
    .map((contact) => contact.customerName ?? t('risk.unknownCustomer'))
    .join(', ');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="agent-row"
      data-agent-id={agent.agentId}
      data-state={agent.state}
      data-long-wrap-up={longWrapUp}
      data-long-hold={longHold}
      style={{
        ...agentGridRowStyle,
        position: 'absolute',
        insetInlineStart: 0,
        top: start,
        width: '100%',
        height: AGENT_ROW_HEIGHT,
        borderBlockEnd: `1px solid ${token.colorBorderSecondary}`,
        background: flagged ? token.colorWarningBg : undefined,
      }}
    >
      <div role="cell" style={cell} data-testid="agent-name">
        <bdi>{agent.displayName}</bdi>
      </div>
      <div role="cell" style={cell}>
        <Tag color={PRESENCE_COLOR[agent.state]} data-testid="agent-state">
          {t(`presence.state.${agent.state}`, { ns: 'workspace' })}
        </Tag>
        {agent.reason !== null && (
          <Typography.Text type="secondary" data-testid="agent-reason">
            {t(`presence.reason.${agent.reason}`, { ns: 'workspace' })}
          </Typography.Text>
        )}
      </div>
      <div role="cell" style={cell} data-testid="agent-in-state">
        {formatClock(secondsSince(agent.since, now), i18n.language)}
      </div>
      <div role="cell" style={cell} title={contactsText}>
        <AgentContacts agent={agent} />
      </div>
      <div
        role="cell"
        style={cell}
        data-testid="agent-load"
        aria-label={t('agents.loadLabel', {
          chats: format.count(load.chats),
          capacity: format.count(load.capacity),
        })}
      >
        {t('agents.loadValue', {
          chats: format.count(load.chats),
          capacity: format.count(load.capacity),
        })}
      </div>
      <div role="cell" style={cell}>
        {longWrapUp && (
          <Tag color="warning" icon={<ClockCircleOutlined />} data-testid="agent-long-wrap-up">
            {t('agents.longWrapUp')}
          </Tag>
        )}
        {longHold && (
          <Tag color="error" icon={<PauseCircleOutlined />} data-testid="agent-long-hold">
            {t('agents.longHold')}
          </Tag>
        )}
      </div>
      <div role="cell">
        <Button
          size="small"
          data-testid="agent-set-state"
          disabled={agent.state === 'offline'}
          onClick={() => onSetState(agent)}
        >
          {t('agents.setState')}
        </Button>
      </div>
    </div>
  );
});
