import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatClock, secondsUntil } from './clock';
import { useSecondTicker } from './use-now';

/** Seconds until the offer rings out and goes to the next agent. */
export function RingCountdown({ deadline }: { deadline: string }) {
  const { t, i18n } = useTranslation('workspace');
  const now = useSecondTicker();
  const left = secondsUntil(deadline, now);
  return (
    <Typography.Text
      data-testid="ring-countdown"
      data-seconds-left={Math.max(0, left)}
      role="timer"
      type={left <= 5 ? 'danger' : 'warning'}
      strong
    >
      {left > 0
        ? t('ringing.countdown', { time: formatClock(left, i18n.language) })
        : t('ringing.rangOut')}
    </Typography.Text>
  );
}
