import { useEffect, useRef, useState } from 'react';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { useTimelineJumpContext } from './timeline-jump';
import type { TimelineState } from './useTimeline';

/** How long a row jumped to stays highlighted. */
export const JUMP_HIGHLIGHT_MS = 2_500;
/** Older pages fetched looking for a row before saying it is older than the loaded history. */
export const MAX_JUMP_PAGES = 20;

interface JumpTarget {
  /** The rows on screen (after filters). */
  rows: readonly Touchpoint[];
  /** Every loaded row. */
  all: readonly Touchpoint[];
  state: TimelineState;
  filtering: boolean;
  clearFilters: () => void;
  scrollToIndex: (index: number) => void;
}

/**
 * Carries out "show me this touchpoint": scroll to its row and highlight it; clear filters that
 * hide it; load older pages until it turns up; otherwise say it is older than what is loaded.
 */
export function useTimelineJump({
  rows,
  all,
  state,
  filtering,
  clearFilters,
  scrollToIndex,
}: JumpTarget) {
  const request = useTimelineJumpContext()?.request ?? null;
  const [handled, setHandled] = useState(0);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const pagesAsked = useRef(0);
  const pending = request !== null && request.nonce > handled ? request : null;
  const { hasOlder, isLoadingOlder, olderFailed, loadOlder } = state;

  useEffect(() => {
    if (pending === null) return;
    const finish = (found: boolean) => {
      pagesAsked.current = 0;
      setHandled(pending.nonce);
      setHighlighted(found ? pending.touchpointId : null);
      setMissing(found ? null : pending.touchpointId);
    };
    const index = rows.findIndex((item) => item.id === pending.touchpointId);
    if (index >= 0) {
      scrollToIndex(index);
      finish(true);
    } else if (filtering && all.some((item) => item.id === pending.touchpointId)) {
      clearFilters(); // the row is loaded but filtered out: show everything, then jump
    } else if (isLoadingOlder) {
      // wait for the page in flight
    } else if (hasOlder && !olderFailed && pagesAsked.current < MAX_JUMP_PAGES) {
      pagesAsked.current += 1;
      loadOlder();
    } else {
      finish(false);
    }
  }, [
    pending,
    rows,
    all,
    filtering,
    clearFilters,
    scrollToIndex,
    hasOlder,
    isLoadingOlder,
    olderFailed,
    loadOlder,
  ]);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), JUMP_HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  return { highlighted, missing, dismissMissing: () => setMissing(null) };
}
