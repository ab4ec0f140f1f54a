import { describe, expect, it } from 'vitest';
import { boardLags, bySpan } from './board-lag.js';

describe('board lag', () => {
  it('measures each change to the first board built after it was committed', () => {
    const boards = [
      { generatedAt: 1000, receivedAt: 1010 }, // before the change committed: does not count
      { generatedAt: 1300, receivedAt: 1320 },
      { generatedAt: 1600, receivedAt: 1610 },
    ];
    const changes = [
      { changedAt: 1000, settledAt: 1050 }, // first board after 1050 is 1300 → lag 320
      { changedAt: 1400, settledAt: 1450 }, // → 1600 board, received 1610 → lag 210
      { changedAt: 1700, settledAt: 1710 }, // no board after: missed
    ];
    expect(boardLags(changes, boards)).toEqual({ lags: [320, 210], missed: 1 });
  });

  it('splits the changes into spans of the run from the first change, keeping empty spans', () => {
    const at = (changedAt: number) => ({ changedAt, settledAt: changedAt + 5 });
    const spans = bySpan([at(2500), at(1000), at(5500), at(2999)], 2000);
    expect(spans.map((span) => span.map((c) => c.changedAt))).toEqual([[2500, 1000, 2999], [], [5500]]);
    expect(bySpan([], 1000)).toEqual([]);
  });
});
