import { Empty, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelinePage } from '../../../../shared/schemas/touchpoint';
import { PanelCard } from './PanelCard';
import { virtualRowStyle } from './styles';
import { TimelineFooter } from './TimelineFooter';
import { TimelineRow } from './TimelineRow';
import { useFormat } from './useFormat';
import { useNow } from './useNow';
import { useTimeline } from './useTimeline';
import type { TimelineState } from './useTimeline';

/** Every row is the same height (summary clamped to two lines), so no measuring is needed. */
export const TIMELINE_ROW_HEIGHT = 72;
/** Start fetching the next older page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;

export interface TimelinePanelProps {
  customerId: string;
  timeline: TimelinePage;
}

/** Fetches older history when the last rendered row comes near the end of what is loaded. */
function useLoadOlderNearEnd(lastRenderedIndex: number, state: TimelineState) {
  const { items, hasOlder, isLoadingOlder, olderFailed, loadOlder } = state;
  const nearEnd = lastRenderedIndex >= items.length - LOAD_AHEAD_ROWS;
  const shouldLoad = nearEnd && hasOlder && !isLoadingOlder && !olderFailed;
  useEffect(() => {
    if (shouldLoad) loadOlder();
  }, [shouldLoad, loadOlder]);
}

/** The cross-channel journey, newest first; only the rows in view are in the DOM. */
export function TimelinePanel({ customerId, timeline }: TimelinePanelProps) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const now = useNow();
  const state = useTimeline(customerId, timeline);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items } = state;

  // The virtualizer's methods are read during this render only; nothing memoized receives them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length > 0 ? items.length + 1 : 0, // + the footer row
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TIMELINE_ROW_HEIGHT,
    getItemKey: (index) => items[index]?.id ?? 'footer',
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  useLoadOlderNearEnd(rows.at(-1)?.index ?? -1, state);

  return (
    <PanelCard
      testId="panel-timeline"
      title={t('panel.timeline')}
      extra={
        <Typography.Text type="secondary" data-testid="timeline-count">
          {t('timeline.count', {
            shown: format.count(items.length),
            total: format.count(state.total),
          })}
        </Typography.Text>
      }
      bodyScrolls={false}
    >
      {items.length === 0 ? (
        <div data-testid="timeline-empty">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />
        </div>
      ) : (
        <div
          ref={scrollRef}
          data-testid="timeline-scroll"
          style={{ flex: '1 1 auto', minHeight: 0, overflowY: 'auto', contain: 'strict' }}
        >
          <div
            role="list"
            aria-label={t('timeline.label')}
            style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
          >
            {rows.map((row) => {
              const touchpoint = items[row.index];
              return touchpoint ? (
                <TimelineRow
                  key={row.key}
                  touchpoint={touchpoint}
                  index={row.index}
                  start={row.start}
                  size={row.size}
                  format={format}
                  now={now}
                />
              ) : (
                <TimelineFooter
                  key={row.key}
                  state={state}
                  style={virtualRowStyle(row.start, row.size)}
                />
              );
            })}
          </div>
        </div>
      )}
    </PanelCard>
  );
}
