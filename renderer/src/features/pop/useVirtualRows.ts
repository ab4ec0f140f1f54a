import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, useState } from 'react';

export interface VirtualRow {
  index: number;
  start: number;
  size: number;
}

interface Rect {
  width: number;
  height: number;
}

/**
 * Each list's scroll box size when it was last on screen (by list name: the timeline's size says
 * nothing about the console's tables). A pop mounts the list into the same
 * layout as the previous one, so starting from that size the first render already holds exactly
 * the rows in view and the virtualizer has no reason to render a second time after measuring.
 * Before any list has been measured, the window's height is the guess: too tall only adds rows.
 */
const lastRects = new Map<string, Rect>();

function initialRect(list: string): Rect {
  return (
    lastRects.get(list) ?? {
      width: 0,
      height: typeof window === 'undefined' ? 0 : window.innerHeight,
    }
  );
}

/**
 * Windowing for a list whose rows all have the same height, on `@tanstack/react-virtual`:
 * only the rows overlapping the scroll box (± `overscan`) are rendered. Sizes are fixed, so no
 * row is measured. `list` names the list whose last size starts the first render. Returns the
 * rows to render, the list's full height, a ref for the scroll box and `scrollToIndex`, which
 * centres a row in view.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  overscan: number,
  list = 'timeline',
) {
  // A ref, not state: the virtualizer reads it in its layout effect, after React has attached
  // it, so mounting takes one render instead of a second one for the element.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rect] = useState(() => initialRect(list));
  // The virtualizer re-renders this hook itself; nothing here is memoized by a compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: rect,
    onChange: (instance) => {
      // A hidden list (0 px) says nothing about the next one.
      if (instance.scrollRect && instance.scrollRect.height > 0)
        lastRects.set(list, instance.scrollRect);
    },
  });

  const rows: VirtualRow[] = virtualizer
    .getVirtualItems()
    .map(({ index, start, size }) => ({ index, start, size }));

  const scrollToIndex = useCallback(
    (index: number) => {
      if (count === 0) return;
      virtualizer.scrollToIndex(Math.max(0, Math.min(index, count - 1)), { align: 'center' });
    },
    [virtualizer, count],
  );

  return {
    scrollRef,
    rows,
    totalSize: virtualizer.getTotalSize(),
    scrollToIndex,
  };
}
