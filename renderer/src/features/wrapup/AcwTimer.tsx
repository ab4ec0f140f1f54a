import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';
import { formatClock, secondsSince, secondsUntil } from '../workspace/clock';
import { useSecondTicker } from '../workspace/use-now';

/**
 * After-contact work against the team lead's limit: the time left, then in red how far over it
 * the agent is. Without a limit, the time spent so far.
 */
export function AcwTimer({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation('wrapup');
  const now = useSecondTicker();
  const clock = (seconds: number) => formatClock(seconds, i18n.language);
  if (contact.acwDeadline === null) {
    const since = contact.wrapUpStartedAt ?? contact.closedAt;
    return (
      <Tag data-testid="acw-timer" data-over="false" icon={<ClockCircleOutlined />} role="timer">
        {t('timer.label')}:{' '}
        {since === null ? '' : t('timer.elapsed', { time: clock(secondsSince(since, now)) })}
      </Tag>
    );
  }
  const left = secondsUntil(contact.acwDeadline, now);
  const over = left < 0;
  return (
    <Tag
      data-testid="acw-timer"
      data-over={over ? 'true' : 'false'}
      color={over ? 'red' : left <= 30 ? 'orange' : 'blue'}
      icon={<ClockCircleOutlined />}
      role="timer"
      aria-label={t('timer.label')}
    >
      <bdi>
        {over ? t('timer.over', { time: clock(-left) }) : t('timer.left', { time: clock(left) })}
      </bdi>
    </Tag>
  );
}
