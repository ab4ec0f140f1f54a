import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useVirtualRows } from '../pop/useVirtualRows';
import { PANEL_MAX_HEIGHT } from './presentation';

/** Rows drawn beyond the window on each side (each is laid out and painted again at each board). */
const OVERSCAN_ROWS = 2;

interface VirtualGridProps {
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** Column headers, in order; `rowStyle` lays them out with the rows. */
  columns: readonly string[];
  /** The CSS grid shared by the header and every row. */
  rowStyle: CSSProperties;
  rowHeight: number;
  count: number;
  /** Height of the scroll box at its smallest, in px. */
  minHeight: number;
  scrollTestId: string;
  /** Shown instead of the rows when there are none. */
  empty: ReactNode;
  /** One row, absolutely positioned at `start` px. */
  renderRow: (index: number, start: number) => ReactNode;
}

/**
 * The console's tables (agents, risk board): an ARIA table with a header row and fixed-height
 * rows windowed by `useVirtualRows`, so 500 rows cost as little as the dozen in view.
 */
export function VirtualGrid({
  labelledBy,
  columns,
  rowStyle,
  rowHeight,
  count,
  minHeight,
  scrollTestId,
  empty,
  renderRow,
}: VirtualGridProps) {
  const { token } = theme.useToken();
  const { scrollRef, rows, totalSize } = useVirtualRows(
    count,
    rowHeight,
    OVERSCAN_ROWS,
    scrollTestId,
  );
  return (
    <div
      role="table"
      aria-labelledby={labelledBy}
      aria-rowcount={count + 1}
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          style={{
            ...rowStyle,
            paddingBlock: 6,
            background: token.colorFillQuaternary,
            borderBlockEnd: `1px solid ${token.colorBorderSecondary}`,
            fontWeight: 600,
          }}
        >
          {columns.map((label) => (
            <div key={label} role="columnheader">
              {label}
            </div>
          ))}
        </div>
      </div>
      {/* Mounted even while empty: the virtualizer measures a new scroll box at once (a forced
          layout), which made the first rows after a quiet spell one long task. */}
      <div
        ref={scrollRef}
        data-testid={scrollTestId}
        // Rows change at each board: laid out and painted inside the scroll box alone.
        style={{
          flex: 1,
          minHeight,
          maxHeight: PANEL_MAX_HEIGHT,
          overflowY: 'auto',
          contain: 'content',
        }}
      >
        {count === 0 ? (
          empty
        ) : (
          <div role="rowgroup" style={{ height: totalSize, position: 'relative', width: '100%' }}>
            {rows.map((row) => renderRow(row.index, row.start))}
          </div>
        )}
      </div>
    </div>
  );
}
