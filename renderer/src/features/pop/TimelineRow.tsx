import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { CHANNEL_ICON_MASK, WARNING_ICON_MASK } from './icon-masks';
import type { Formatters } from './useFormat';
import './icon-masks.css';
import './timeline-row.css';

interface TimelineRowProps {
  touchpoint: Touchpoint;
  index: number;
  /** Offset and height inside the virtual list, in px (numbers, so memo holds while scrolling). */
  start: number;
  size: number;
  /** The panel's `pop` translator, passed down so rows don't each subscribe to i18n. */
  t: TFunction<'pop'>;
  format: Formatters;
  now: number;
  /** First row of a run of the same journey stage: it carries the stage label. */
  stageStart: boolean;
  /** Part of the time chain that led to the current trouble. */
  inChain: boolean;
  /** Just jumped to from the complaint trail. */
  highlighted: boolean;
}

/**
 * One touchpoint: when, where, which stage, what happened and whether it went wrong. Plain
 * elements with the classes of `timeline-row.css` (themed through the list's custom properties,
 * see `timeline-row-theme.ts`); its state is in data attributes, which the stylesheet marks. Only
 * the row's place in the list and the channel's icon (a CSS mask, `icon-masks.ts`) are inline
 * styles. Customer-supplied text sits in `<bdi>`, so Persian in an English row keeps its order.
 */
export const TimelineRow = memo(function TimelineRow({
  touchpoint,
  index,
  start,
  size,
  t,
  format,
  now,
  stageStart,
  inChain,
  highlighted,
}: TimelineRowProps) {
  const { anomaly } = touchpoint;
  return (
    <div
      role="listitem"
      className="fb-tl-row"
      data-testid="timeline-row"
      data-index={index}
      data-touchpoint-id={touchpoint.id}
      data-anomaly={anomaly ?? undefined}
      data-stage={touchpoint.stage}
      data-stage-start={stageStart || undefined}
      data-trouble-chain={inChain || undefined}
      data-highlighted={highlighted || undefined}
      style={{ height: size, transform: `translateY(${String(start)}px)` }}
    >
      <div className="fb-tl-head">
        <time
          className="fb-tl-secondary"
          dateTime={touchpoint.occurredAt}
          title={format.relative(touchpoint.occurredAt, now)}
        >
          {format.dateTime(touchpoint.occurredAt)}
        </time>
        <span
          className="fb-tl-tag fb-icon"
          style={CHANNEL_ICON_MASK[touchpoint.channel]}
          data-testid="timeline-channel"
        >
          {t(`channel.${touchpoint.channel}`)}
        </span>
        {stageStart && (
          <span className="fb-tl-tag" data-tone="stage" data-testid="timeline-stage-start">
            {t(`stage.${touchpoint.stage}`)}
          </span>
        )}
        {anomaly && (
          <span
            className="fb-tl-tag fb-icon"
            style={WARNING_ICON_MASK}
            data-tone="anomaly"
            data-testid="timeline-anomaly"
          >
            {t(`anomaly.${anomaly}`)}
          </span>
        )}
        {touchpoint.dwellSeconds !== null && (
          <span className="fb-tl-secondary">
            {t('timeline.dwell', { duration: format.duration(touchpoint.dwellSeconds) })}
          </span>
        )}
        {touchpoint.partnerName && (
          <bdi className="fb-tl-secondary fb-tl-partner" title={touchpoint.partnerName}>
            {touchpoint.partnerName}
          </bdi>
        )}
      </div>
      <bdi className="fb-tl-summary" title={touchpoint.summary}>
        {touchpoint.summary}
      </bdi>
    </div>
  );
});
