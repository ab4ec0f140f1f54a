import { MutedOutlined, SoundOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Tag, theme, Tooltip, Typography } from 'antd';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleAlert } from '../../../../shared/schemas/console-alerts';
import { useAlertSoundMuted, useSetAlertSoundMuted } from '../../state';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import { PlainButton, plainButtonThemeClass } from '../../ui/PlainButton';
import { plainTagThemeClass } from '../../ui/PlainTag';
import { useFormat } from '../pop/useFormat';
import { useConsoleNow } from './console-clock';
import { ConsoleKitProvider, useConsoleKit, type ConsoleKit } from './console-kit';
import { consoleRowsThemeClass } from './console-rows-theme';
import { TierTag } from './TierTag';
import { useAcknowledgeAlert } from './use-console-actions';
import { useAlertSound, useNewAlerts } from './use-alert-sound';

/** What fired the alert, in words: how long they waited, the score, promises, words used. */
function alertDetails(alert: ConsoleAlert, { t, format }: ConsoleKit): string[] {
  const { waitedSeconds, riskScore, promiseIds, words } = alert.detail;
  const details: string[] = [];
  if (waitedSeconds !== undefined) {
    details.push(t('alerts.waited', { duration: format.duration(waitedSeconds) }));
  }
  if (riskScore !== undefined)
    details.push(t('alerts.riskScore', { score: format.count(riskScore) }));
  if (promiseIds !== undefined && promiseIds.length > 0) {
    const count = promiseIds.length;
    details.push(t('alerts.promises', { count, n: format.count(count) }));
  }
  if (words !== undefined && words.length > 0) {
    const list = new Intl.ListFormat(format.locale, { type: 'unit' }).format(words);
    details.push(t('alerts.words', { words: list }));
  }
  return details;
}

/** Alerts drawn at once: the newest unacknowledged first; the rest wait behind a count. */
export const ALERTS_SHOWN = 30;

/** "3 min ago" on the console's clock: only this text re-renders as the clock ticks, not the row. */
function Ago({ at }: { at: string }) {
  const { format } = useConsoleKit();
  return <>{format.relative(at, useConsoleNow())}</>;
}

function AcknowledgedBy({ alert }: { alert: ConsoleAlert }) {
  const { t, format, words } = useConsoleKit();
  const now = useConsoleNow();
  return (
    <span className="fb-secondary" data-testid="alert-acknowledged-by">
      {t('alerts.acknowledged', {
        name: alert.acknowledgedByName ?? alert.acknowledgedBy ?? words.none,
        time:
          alert.acknowledgedAt === null ? words.none : format.relative(alert.acknowledgedAt, now),
      })}
    </span>
  );
}

const AlertRow = memo(function AlertRow({ alert }: { alert: ConsoleAlert }) {
  const kit = useConsoleKit();
  const { t, format, words } = kit;
  const acknowledge = useAcknowledgeAlert();
  const open = alert.acknowledgedAt === null;
  const customer = alert.customerName ?? words.unknownCustomer;
  return (
    <li
      className="fb-alert-row"
      data-testid="alert-row"
      data-alert-id={alert.id}
      data-rule={alert.rule}
      data-acknowledged={!open}
    >
      <div className="fb-row-line" data-justify="between">
        <span className={open ? 'fb-strong' : 'fb-secondary'} data-testid="alert-rule">
          {words.rule[alert.rule]}
        </span>
        <span className="fb-secondary fb-small">
          <time dateTime={alert.raisedAt} title={format.dateTime(alert.raisedAt)}>
            <Ago at={alert.raisedAt} />
          </time>
        </span>
      </div>
      <div className="fb-row-line">
        <span data-testid="alert-customer" className="fb-wrap">
          <bdi>{customer}</bdi>
        </span>
        {alert.tier !== null && <TierTag tier={alert.tier} testId="alert-tier" />}
      </div>
      {alertDetails(alert, kit).map((detail) => (
        <p key={detail} data-testid="alert-detail" className="fb-secondary fb-wrap">
          {detail}
        </p>
      ))}
      {open ? (
        <div className="fb-row-stack">
          <PlainButton
            kind="primary"
            data={{ 'data-testid': 'alert-ack' }}
            loading={acknowledge.isPending}
            onClick={() => acknowledge.mutate(alert.id)}
          >
            {words.acknowledge}
          </PlainButton>
          {acknowledge.isError && (
            <Alert
              type="error"
              showIcon
              data-testid="alert-ack-error"
              title={t('alerts.acknowledgeFailed', { message: acknowledge.error.message })}
            />
          )}
        </div>
      ) : (
        <AcknowledgedBy alert={alert} />
      )}
    </li>
  );
});

/** For screen readers: the alerts that just arrived, read out once. */
function AlertAnnouncer({ fresh }: { fresh: readonly ConsoleAlert[] }) {
  const { t } = useTranslation('console');
  const text = fresh
    .map((alert) =>
      t('alerts.announce', {
        rule: t(`rule.${alert.rule}`),
        customer: alert.customerName ?? t('risk.unknownCustomer'),
      }),
    )
    .join(' ');
  return (
    <div
      data-testid="alert-announcer"
      aria-live="polite"
      aria-atomic="true"
      style={VISUALLY_HIDDEN}
    >
      {text}
    </div>
  );
}

function SoundToggle() {
  const { t } = useTranslation('console');
  const muted = useAlertSoundMuted();
  const setMuted = useSetAlertSoundMuted();
  const label = muted ? t('alerts.unmute') : t('alerts.mute');
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        data-testid="alert-sound-toggle"
        data-muted={muted}
        aria-label={t('alerts.mute')}
        aria-pressed={muted}
        icon={muted ? <MutedOutlined /> : <SoundOutlined />}
        onClick={() => setMuted(!muted)}
      />
    </Tooltip>
  );
}

/**
 * The alerts to draw: the board's, one frame after the board's other panels. A pushed board's
 * new alert rows (mounted, laid out and painted) were the largest part of the frame that drew it;
 * drawn in the next frame, neither frame holds the page's thread as long. The first board's are
 * drawn at once.
 */
function useAlertsAfterPaint(
  alerts: readonly ConsoleAlert[] | undefined,
): readonly ConsoleAlert[] | undefined {
  const [shown, setShown] = useState(alerts);
  // The first board's, at once (state from the props while rendering, not in an effect).
  if (shown === undefined && alerts !== undefined) setShown(alerts);
  useEffect(() => {
    if (alerts === shown) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(alerts), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [alerts, shown]);
  return shown;
}

/**
 * The console's alerts: unacknowledged first (newest first), each with Acknowledge; then the
 * latest acknowledged ones, muted, with who and when. A new one beeps (unless muted) and is
 * announced to screen readers.
 */
function AlertsPanelView({ alerts: pushed }: { alerts: readonly ConsoleAlert[] | undefined }) {
  const { t } = useTranslation('console');
  const alerts = useAlertsAfterPaint(pushed);
  const { token } = theme.useToken();
  const format = useFormat();
  const muted = useAlertSoundMuted();
  const fresh = useNewAlerts(alerts);
  useAlertSound(fresh, muted);
  const all = alerts ?? [];
  const open = all.filter((alert) => alert.acknowledgedAt === null);
  const done = all.filter((alert) => alert.acknowledgedAt !== null);
  return (
    <aside
      className={`${consoleRowsThemeClass(token)} ${plainTagThemeClass(token)} ${plainButtonThemeClass(token)}`}
      data-testid="alerts-panel"
      aria-labelledby="console-alerts-title"
      style={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        height: '100%',
        contain: 'content',
      }}
    >
      <Flex align="center" justify="space-between" gap={6} style={{ marginBlockEnd: 4 }}>
        <Typography.Title level={5} id="console-alerts-title" style={{ margin: 0 }}>
          {t('alerts.title')}{' '}
          {open.length > 0 && (
            <Tag color="error" data-testid="alert-open-count">
              {t('alerts.newCount', { count: open.length, n: format.count(open.length) })}
            </Tag>
          )}
        </Typography.Title>
        <SoundToggle />
      </Flex>
      <AlertAnnouncer fresh={fresh} />
      {all.length === 0 ? (
        <div data-testid="alerts-empty">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.empty')} />
        </div>
      ) : (
        <ol
          aria-labelledby="console-alerts-title"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            overflowY: 'auto',
            flex: 1,
            minHeight: 0,
            contain: 'content',
          }}
        >
          <ConsoleKitProvider>
            {[...open, ...done].slice(0, ALERTS_SHOWN).map((alert) => (
              <AlertRow key={alert.id} alert={alert} />
            ))}
          </ConsoleKitProvider>
          {all.length > ALERTS_SHOWN && (
            <li data-testid="alerts-more" style={{ paddingBlock: 6 }}>
              <span className="fb-secondary">
                {t('alerts.more', { n: format.count(all.length - ALERTS_SHOWN) })}
              </span>
            </li>
          )}
        </ol>
      )}
    </aside>
  );
}

/** Memoized: the console's urgent render for a new board stops here (see ConsolePage). */
export const AlertsPanel = memo(AlertsPanelView);
