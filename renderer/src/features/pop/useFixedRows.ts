import { useCallback, useLayoutEffect, useState } from 'react';

export interface FixedRow {
  index: number;
  start: number;
  size: number;
}

interface Window {
  /** The first and last row (partly) in view, before overscan. */
  first: number;
  last: number;
}

function inView(element: HTMLElement, rowHeight: number): Window {
  const top = element.scrollTop;
  const first = Math.floor(top / rowHeight);
  return {
    first,
    last: Math.max(first, Math.ceil((top + element.clientHeight) / rowHeight) - 1),
  };
}

/**
 * Windowing for a list whose rows all have the same height: which rows to render for the scroll
 * box's position, worked out arithmetically. A general virtualizer keeps a measurement entry per
 * row (10,000 objects for a long timeline, rebuilt on every mount); here nothing is per row.
 * Re-renders only when the range of rows in view changes. The range matches
 * `@tanstack/react-virtual`'s for fixed sizes: the rows overlapping the viewport, ± `overscan`.
 */
export function useFixedRows(count: number, rowHeight: number, overscan: number) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<Window>({ first: 0, last: 0 });

  useLayoutEffect(() => {
    if (element === null) return;
    const update = () => {
      const next = inView(element, rowHeight);
      setView((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [element, rowHeight]);

  const rows: FixedRow[] = [];
  const end = Math.min(count - 1, view.last + overscan);
  for (let index = Math.max(0, view.first - overscan); index <= end; index++) {
    rows.push({ index, start: index * rowHeight, size: rowHeight });
  }

  /** Scrolls so that row `index` is in the middle of the viewport (as far as the ends allow). */
  const scrollToIndex = useCallback(
    (index: number) => {
      if (element === null || count === 0) return;
      const row = Math.max(0, Math.min(index, count - 1));
      const max = Math.max(0, element.scrollHeight - element.clientHeight);
      const top = row * rowHeight + (rowHeight - element.clientHeight) / 2;
      element.scrollTo({ top: Math.max(0, Math.min(max, top)) });
    },
    [element, count, rowHeight],
  );

  return { setScrollElement: setElement, rows, totalSize: count * rowHeight, scrollToIndex };
}
