import { Alert, Empty } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelinePage } from '../../../../shared/schemas/touchpoint';
import { PanelCard } from './PanelCard';
import { virtualRowStyle } from './styles';
import type { TimelineFilter } from './timeline-filter';
import { filterTimeline, isFiltering, NO_FILTER } from './timeline-filter';
import { TimelineFilters } from './TimelineFilters';
import { TimelineFooter } from './TimelineFooter';
import { TimelineRow } from './TimelineRow';
import { useRowTheme } from './timeline-row-theme';
import type { TroubleChain, TroubleSources } from './trouble-chain';
import { troubleChain } from './trouble-chain';
import { TroubleChainStrip } from './TroubleChainStrip';
import { useVirtualRows } from './useVirtualRows';
import { useFormat } from './useFormat';
import { useNow } from './useNow';
import { useTimeline } from './useTimeline';
import type { TimelineState } from './useTimeline';
import { useTimelineJump } from './useTimelineJump';

/** Every row is the same height (summary clamped to two lines), so no measuring is needed. */
export const TIMELINE_ROW_HEIGHT = 72;
/** Rows rendered beyond each edge of the view: enough for a wheel step, few to mount. */
const OVERSCAN_ROWS = 2;
/** Start fetching the next older page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;
const NO_CHAIN: TroubleChain = { trigger: null, touchpointIds: new Set(), steps: [] };

export interface TimelinePanelProps {
  customerId: string;
  timeline: TimelinePage;
  /** Claims, complaints and promises: what the trouble chain starts from. */
  sources?: TroubleSources;
}

/**
 * Fetches older history when the last rendered row comes near the end of what is loaded. While
 * filtered, the footer offers the next page instead: a narrow filter must not pull all history.
 */
function useLoadOlderNearEnd(
  lastRenderedIndex: number,
  rowCount: number,
  state: TimelineState,
  manual: boolean,
) {
  const { hasOlder, isLoadingOlder, olderFailed, loadOlder } = state;
  const nearEnd = lastRenderedIndex >= rowCount - LOAD_AHEAD_ROWS;
  const shouldLoad = !manual && nearEnd && hasOlder && !isLoadingOlder && !olderFailed;
  useEffect(() => {
    if (shouldLoad) loadOlder();
  }, [shouldLoad, loadOlder]);
}

/** The cross-channel journey, newest first; only the rows in view are in the DOM. */
export function TimelinePanel({ customerId, timeline, sources }: TimelinePanelProps) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const rowTheme = useRowTheme();
  const now = useNow();
  const state = useTimeline(customerId, timeline);
  const { items } = state;
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const filtering = isFiltering(filter);
  const rows = useMemo(() => filterTimeline(items, filter), [items, filter]);
  const chain = useMemo(
    () => (sources ? troubleChain(sources, items, now) : NO_CHAIN),
    [sources, items, now],
  );

  const {
    scrollRef,
    rows: virtualRows,
    totalSize,
    scrollToIndex,
  } = useVirtualRows(
    items.length > 0 ? rows.length + 1 : 0, // + the footer row
    TIMELINE_ROW_HEIGHT,
    OVERSCAN_ROWS,
  );
  useLoadOlderNearEnd(virtualRows.at(-1)?.index ?? -1, rows.length, state, filtering);
  const clearFilters = useCallback(() => setFilter(NO_FILTER), []);
  const jump = useTimelineJump({ rows, all: items, state, filtering, clearFilters, scrollToIndex });

  return (
    <PanelCard
      testId="panel-timeline"
      title={t('panel.timeline')}
      extra={
        <span data-testid="timeline-count" style={rowTheme.secondary}>
          {filtering
            ? t('timeline.countFiltered', {
                shown: format.count(rows.length),
                total: format.count(items.length),
              })
            : t('timeline.count', {
                shown: format.count(items.length),
                total: format.count(state.total),
              })}
        </span>
      }
      bodyScrolls={false}
    >
      {items.length > 0 && <TimelineFilters filter={filter} items={items} onChange={setFilter} />}
      <TroubleChainStrip chain={chain} t={t} />
      {jump.missing !== null && (
        <Alert
          data-testid="timeline-jump-missing"
          type="info"
          showIcon
          closable={{ onClose: jump.dismissMissing }}
          title={t('timeline.jumpMissing')}
          style={{ marginInline: 8, marginBlock: 4, paddingBlock: 2 }}
        />
      )}
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
            className={rowTheme.listClass}
            style={{ height: totalSize, position: 'relative', width: '100%' }}
          >
            {virtualRows.map((row) => {
              const touchpoint = rows[row.index];
              return touchpoint ? (
                <TimelineRow
                  key={touchpoint.id}
                  touchpoint={touchpoint}
                  index={row.index}
                  start={row.start}
                  size={row.size}
                  t={t}
                  format={format}
                  now={now}
                  stageStart={rows[row.index - 1]?.stage !== touchpoint.stage}
                  inChain={chain.touchpointIds.has(touchpoint.id)}
                  highlighted={jump.highlighted === touchpoint.id}
                />
              ) : (
                <TimelineFooter
                  key="footer"
                  state={state}
                  manual={filtering}
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
