/**
 * "Within 1 s of truth": for each change the benchmark made at `changedAt` (its POST answered
 * at `settledAt`, so the change was committed by then), the lag is the time until the first
 * board built after `settledAt` reached the lead. Boards are matched by `generatedAt`: a board
 * built after the change was committed includes it. Changes no board followed are `missed`.
 */
export interface Change {
  changedAt: number;
  settledAt: number;
}

export interface BoardSeen {
  generatedAt: number;
  receivedAt: number;
}

export function boardLags(
  changes: readonly Change[],
  boards: readonly BoardSeen[],
): { lags: number[]; missed: number } {
  const sorted = [...boards].sort((a, b) => a.generatedAt - b.generatedAt);
  const lags: number[] = [];
  let missed = 0;
  for (const change of changes) {
    // First board generated at or after the commit; the earliest arrival among those.
    let best: number | null = null;
    for (const board of sorted) {
      if (board.generatedAt < change.settledAt) continue;
      if (best === null || board.receivedAt < best) best = board.receivedAt;
      if (board.generatedAt > change.settledAt + 5_000) break;
    }
    if (best === null) missed += 1;
    else lags.push(best - change.changedAt);
  }
  return { lags, missed };
}

/**
 * The changes in consecutive spans of the run (`spanMs` each, from the first change), so a
 * report can say when the slow ones came: a cold start, or a load that grew.
 */
export function bySpan<T extends Change>(changes: readonly T[], spanMs: number): T[][] {
  if (changes.length === 0) return [];
  const start = Math.min(...changes.map((c) => c.changedAt));
  const spans: T[][] = [];
  for (const change of changes) {
    const index = Math.floor((change.changedAt - start) / spanMs);
    while (spans.length <= index) spans.push([]);
    spans[index]?.push(change);
  }
  return spans;
}
