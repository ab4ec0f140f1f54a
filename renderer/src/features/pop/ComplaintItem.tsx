import { AimOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from './useComplaintTrail';
import { COMPLAINT_STATUS_COLOR } from './presentation';
import { customerText } from './styles';
import { useTimelineJumpContext } from './timeline-jump';
import { useFormat } from './useFormat';

const CLOCK_WARNING_DAYS = 3;

/** Days left on the 15-day complaint clock, red once it has run out. */
function ComplaintClock({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation('pop');
  const color = daysLeft < 0 ? 'error' : daysLeft <= CLOCK_WARNING_DAYS ? 'warning' : 'processing';
  const label =
    daysLeft < 0
      ? t('complaints.pastDue', { count: -daysLeft })
      : daysLeft === 0
        ? t('complaints.dueToday')
        : t('complaints.daysLeft', { count: daysLeft });
  return (
    <Tag color={color} icon={<ClockCircleOutlined />} data-testid="complaint-clock">
      {label}
    </Tag>
  );
}

export function ComplaintItem({ complaint, daysLeft, extended }: ComplaintView) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const jump = useTimelineJumpContext();
  const origin = complaint.originTouchpointId;
  return (
    <li data-testid="complaint" data-complaint-id={complaint.id} data-status={complaint.status}>
      <Flex gap={4} wrap align="center">
        <Tag color={COMPLAINT_STATUS_COLOR[complaint.status]} data-testid="complaint-status">
          {t(`complaintStatus.${complaint.status}`)}
        </Tag>
        {complaint.rootCauses.map((cause) => (
          <Tag key={cause} color="volcano" data-testid="root-cause">
            {t(`rootCause.${cause}`)}
          </Tag>
        ))}
        {daysLeft !== null && <ComplaintClock daysLeft={daysLeft} />}
        {daysLeft !== null && extended && (
          <Tag
            color="purple"
            data-testid="complaint-extended"
            title={t('complaints.extendedTo', { date: format.date(complaint.dueAt) })}
          >
            {t('complaints.extended')}
          </Tag>
        )}
        {origin !== null && jump !== null && (
          <Button
            type="link"
            size="small"
            icon={<AimOutlined />}
            onClick={() => jump.jumpTo(origin)}
            data-testid="complaint-origin"
            style={{ paddingInline: 0 }}
          >
            {t('complaints.showOrigin')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {t('complaints.opened', { date: format.date(complaint.openedAt) })} ·{' '}
        {t(`channel.${complaint.channel}`)} · {t('complaints.owner')}:{' '}
        {complaint.owner ? <bdi>{complaint.owner}</bdi> : t('complaints.unassigned')}
      </Typography.Text>
      <blockquote style={{ margin: 0 }} aria-label={t('complaints.words')}>
        <Typography.Paragraph style={customerText} data-testid="customer-words">
          <bdi>{complaint.customerWords}</bdi>
        </Typography.Paragraph>
      </blockquote>
      {complaint.resolution !== null && (
        <Typography.Paragraph style={customerText} type="secondary">
          {t('complaints.resolution')}: <bdi>{complaint.resolution}</bdi>
        </Typography.Paragraph>
      )}
      {complaint.satisfaction !== null && (
        <Typography.Text type={complaint.satisfaction <= 2 ? 'danger' : 'secondary'}>
          {t('complaints.satisfaction', { score: complaint.satisfaction })}
        </Typography.Text>
      )}
    </li>
  );
}
