import { WarningOutlined } from '@ant-design/icons';
import { Select, Switch, Tag, Tooltip, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { formatClock, secondsSince } from './clock';
import { PRESENCE_COLOR } from './presence-color';
import {
  CHOOSABLE_AWAY_REASONS,
  usePresenceToggle,
  type ChoosableAwayReason,
} from './use-presence-toggle';
import { useSecondTicker } from './use-now';

/** How long the agent has been in this state, ticking. */
function PresenceSince({ since }: { since: string }) {
  const { t, i18n } = useTranslation('workspace');
  const now = useSecondTicker();
  return (
    <Typography.Text type="secondary" data-testid="presence-since" style={{ fontSize: 12 }}>
      <bdi>
        {t('presence.since', { time: formatClock(secondsSince(since, now), i18n.language) })}
      </bdi>
    </Typography.Text>
  );
}

/** The agent's presence: taking contacts or away (with why), and for how long. */
export function PresenceToggle() {
  const { t } = useTranslation('workspace');
  const presence = usePresenceToggle();
  const hint = useShortcutHint(COMMAND_IDS.presenceToggle, t('presence.label'));
  const { state, reason } = presence;
  // Closing the picker without choosing leaves the agent as they were.
  const chose = useRef(false);
  const showReason = presence.choosingReason || state === 'away';
  const chosenReason = reason === null || reason === 'missed_offer' ? undefined : reason;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <Tooltip title={hint.title}>
        <Switch
          data-testid="presence-toggle"
          aria-label={t('presence.label')}
          aria-keyshortcuts={hint.ariaKeyShortcuts}
          checked={presence.takingContacts && !presence.choosingReason}
          disabled={presence.disabled}
          loading={presence.pending}
          onChange={presence.setTakingContacts}
        />
      </Tooltip>
      <Tag
        data-testid="presence-state"
        data-state={state}
        data-reason={reason ?? undefined}
        color={PRESENCE_COLOR[state]}
      >
        {t(`presence.state.${state}`)}
      </Tag>
      {reason === 'missed_offer' && state === 'away' && (
        <Tooltip title={t('presence.missedOffer')}>
          <Tag data-testid="presence-missed-offer" color="red" icon={<WarningOutlined />}>
            {t('presence.reason.missed_offer')}
          </Tag>
        </Tooltip>
      )}
      {showReason && (
        <Select<ChoosableAwayReason>
          data-testid="away-reason"
          aria-label={t('presence.reasonLabel')}
          size="small"
          virtual={false}
          style={{ minWidth: 160 }}
          placeholder={t('presence.reasonPlaceholder')}
          // Opened straight away when the agent switched off: they are asked why.
          defaultOpen={presence.choosingReason}
          autoFocus={presence.choosingReason}
          disabled={presence.disabled}
          value={chosenReason}
          onChange={(value) => {
            chose.current = true;
            presence.goAway(value);
          }}
          onOpenChange={(open) => {
            if (!open && !chose.current && state !== 'away') presence.cancelChoosing();
            chose.current = false;
          }}
          options={CHOOSABLE_AWAY_REASONS.map((value) => ({
            value,
            label: t(`presence.reason.${value}`),
          }))}
        />
      )}
      {presence.since !== null && state !== 'offline' && <PresenceSince since={presence.since} />}
    </span>
  );
}
