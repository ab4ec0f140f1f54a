import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, theme, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { CHANNEL_ICON } from './presentation';
import { clampTwoLines, virtualRowStyle } from './styles';
import type { Formatters } from './useFormat';

interface TimelineRowProps {
  touchpoint: Touchpoint;
  index: number;
  /** Offset and height inside the virtual list, in px (numbers, so memo holds while scrolling). */
  start: number;
  size: number;
  format: Formatters;
  now: number;
  /** First row of a run of the same journey stage: it carries the stage label. */
  stageStart: boolean;
  /** Part of the time chain that led to the current trouble. */
  inChain: boolean;
  /** Just jumped to from the complaint trail. */
  highlighted: boolean;
}

/** One touchpoint: when, where, which stage, what happened and whether it went wrong. */
export const TimelineRow = memo(function TimelineRow({
  touchpoint,
  index,
  start,
  size,
  format,
  now,
  stageStart,
  inChain,
  highlighted,
}: TimelineRowProps) {
  const { t } = useTranslation('pop');
  const { token } = theme.useToken();
  const { anomaly } = touchpoint;
  return (
    <div
      role="listitem"
      data-testid="timeline-row"
      data-index={index}
      data-touchpoint-id={touchpoint.id}
      data-anomaly={anomaly ?? undefined}
      data-stage={touchpoint.stage}
      data-stage-start={stageStart || undefined}
      data-trouble-chain={inChain || undefined}
      data-highlighted={highlighted || undefined}
      style={{
        ...virtualRowStyle(start, size),
        boxSizing: 'border-box',
        paddingBlock: 4,
        paddingInlineStart: inChain ? 5 : 8,
        paddingInlineEnd: 8,
        borderBlockStart: stageStart ? `2px solid ${token.colorPrimaryBorder}` : undefined,
        borderBlockEnd: `1px solid ${token.colorBorderSecondary}`,
        borderInlineStart: inChain ? `3px solid ${token.colorError}` : undefined,
        background: highlighted ? token.colorPrimaryBg : anomaly ? token.colorWarningBg : undefined,
        outline: highlighted ? `2px solid ${token.colorPrimary}` : undefined,
        outlineOffset: -2,
        transition: 'background-color 0.3s',
      }}
    >
      <Flex gap={4} align="center" wrap={false} style={{ overflow: 'hidden' }}>
        <Typography.Text
          type="secondary"
          title={format.relative(touchpoint.occurredAt, now)}
          style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        >
          <time dateTime={touchpoint.occurredAt}>{format.dateTime(touchpoint.occurredAt)}</time>
        </Typography.Text>
        <Tag icon={CHANNEL_ICON[touchpoint.channel]} data-testid="timeline-channel">
          {t(`channel.${touchpoint.channel}`)}
        </Tag>
        {stageStart && (
          <Tag color="blue" data-testid="timeline-stage-start">
            {t(`stage.${touchpoint.stage}`)}
          </Tag>
        )}
        {anomaly && (
          <Tag color="error" icon={<WarningOutlined />} data-testid="timeline-anomaly">
            {t(`anomaly.${anomaly}`)}
          </Tag>
        )}
        {touchpoint.dwellSeconds !== null && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('timeline.dwell', { duration: format.duration(touchpoint.dwellSeconds) })}
          </Typography.Text>
        )}
        {touchpoint.partnerName && (
          <Typography.Text type="secondary" ellipsis style={{ marginInlineStart: 'auto' }}>
            <bdi>{touchpoint.partnerName}</bdi>
          </Typography.Text>
        )}
      </Flex>
      <Typography.Text style={clampTwoLines} title={touchpoint.summary}>
        <bdi>{touchpoint.summary}</bdi>
      </Typography.Text>
    </div>
  );
});
