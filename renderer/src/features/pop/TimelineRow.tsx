import { WarningOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { CHANNEL_ICON } from './presentation';
import { clampTwoLines, virtualRowStyle } from './styles';
import type { RowPalette } from './timeline-row-style';
import type { Formatters } from './useFormat';

interface TimelineRowProps {
  touchpoint: Touchpoint;
  index: number;
  /** Offset and height inside the virtual list, in px (numbers, so memo holds while scrolling). */
  start: number;
  size: number;
  /** The panel's `pop` translator, passed down so rows don't each subscribe to i18n. */
  t: TFunction<'pop'>;
  format: Formatters;
  palette: RowPalette;
  now: number;
  /** First row of a run of the same journey stage: it carries the stage label. */
  stageStart: boolean;
  /** Part of the time chain that led to the current trouble. */
  inChain: boolean;
  /** Just jumped to from the complaint trail. */
  highlighted: boolean;
}

const headLine = {
  display: 'flex',
  gap: 4,
  alignItems: 'center',
  flexWrap: 'nowrap',
  overflow: 'hidden',
} as const;

/**
 * One touchpoint: when, where, which stage, what happened and whether it went wrong. Plain
 * elements styled from the theme (see `timeline-row-style.ts`), so a row costs little to mount.
 */
export const TimelineRow = memo(function TimelineRow({
  touchpoint,
  index,
  start,
  size,
  t,
  format,
  palette,
  now,
  stageStart,
  inChain,
  highlighted,
}: TimelineRowProps) {
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
        borderBlockStart: stageStart ? `2px solid ${palette.stageBorder}` : undefined,
        borderBlockEnd: `1px solid ${palette.border}`,
        borderInlineStart: inChain ? `3px solid ${palette.chainBorder}` : undefined,
        background: highlighted ? palette.highlightBg : anomaly ? palette.anomalyBg : undefined,
        outline: highlighted ? `2px solid ${palette.highlightOutline}` : undefined,
        outlineOffset: -2,
        transition: 'background-color 0.3s',
      }}
    >
      <div style={headLine}>
        <span style={palette.secondary} title={format.relative(touchpoint.occurredAt, now)}>
          <time dateTime={touchpoint.occurredAt}>{format.dateTime(touchpoint.occurredAt)}</time>
        </span>
        <span style={palette.tag} data-testid="timeline-channel">
          {CHANNEL_ICON[touchpoint.channel]}
          {t(`channel.${touchpoint.channel}`)}
        </span>
        {stageStart && (
          <span style={palette.stageTag} data-testid="timeline-stage-start">
            {t(`stage.${touchpoint.stage}`)}
          </span>
        )}
        {anomaly && (
          <span style={palette.anomalyTag} data-testid="timeline-anomaly">
            <WarningOutlined />
            {t(`anomaly.${anomaly}`)}
          </span>
        )}
        {touchpoint.dwellSeconds !== null && (
          <span style={palette.secondary}>
            {t('timeline.dwell', { duration: format.duration(touchpoint.dwellSeconds) })}
          </span>
        )}
        {touchpoint.partnerName && (
          <span style={palette.partner} title={touchpoint.partnerName}>
            <bdi>{touchpoint.partnerName}</bdi>
          </span>
        )}
      </div>
      <span style={{ ...clampTwoLines, ...palette.summary }} title={touchpoint.summary}>
        <bdi>{touchpoint.summary}</bdi>
      </span>
    </div>
  );
});
