import { describe, expect, it } from 'vitest';
import { applyBoardPatch } from '../../shared/console-board-patch.js';
import type {
  ConsoleBoard,
  ConsoleBoardPatch,
  QueueBoard,
  RiskBoardEntry,
} from '../../shared/schemas/console.js';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import { BoardStream } from './board-stream.js';

const period = { serviceLevel: 0.8, answered: 10, abandoned: 1, averageHandleSeconds: 200 };
const queue = (id: string, waiting = 0): QueueBoard => ({
  id,
  name: id,
  channel: 'voice',
  waiting,
  longestWaitSeconds: waiting * 10,
  last15Minutes: period,
  today: period,
  agents: { available: 1, onContact: 2, wrapUp: 0, away: 0 },
});
const entry = (
  contactId: string,
  riskScore = 50,
  ownerId: string | null = null,
): RiskBoardEntry => ({
  contactId,
  channel: 'voice',
  state: ownerId === null ? 'queued' : 'offered',
  queueId: 'claims',
  customerId: null,
  customerName: `customer of ${contactId}`,
  tier: 'gold',
  riskScore,
  riskBand: 'medium',
  predictedReason: null,
  overduePromises: 0,
  queuedAt: '2026-11-24T10:00:00.000Z',
  ownerId,
  ownerName: ownerId,
});
const alert = (id: string, acknowledgedBy: string | null = null): ConsoleAlert => ({
  id,
  rule: 'diamond_waiting',
  contactId: `contact-of-${id}`,
  customerId: null,
  customerName: null,
  tier: 'diamond',
  raisedAt: '2026-11-24T10:00:00.000Z',
  detail: { waitedSeconds: 31 },
  acknowledgedBy,
  acknowledgedByName: acknowledgedBy,
  acknowledgedAt: acknowledgedBy === null ? null : '2026-11-24T10:01:00.000Z',
});
let second = 0;
const board = (parts: Partial<ConsoleBoard>): ConsoleBoard => {
  second += 1;
  const thresholds = {
    serviceLevelSeconds: 20,
    acwLimitSeconds: 120,
    longHoldSeconds: 600,
    diamondWaitSeconds: 30,
  };
  return {
    generatedAt: new Date(Date.UTC(2026, 10, 24, 10, 0, second)).toISOString(),
    serviceLevelSeconds: 20,
    thresholds,
    queues: [],
    risk: [],
    riskTotal: parts.risk?.length ?? 0,
    alerts: [],
    ...parts,
  };
};

/** Pushes each board through one stream; answers what a desktop following it holds, and the patches. */
function follow(...boards: ConsoleBoard[]) {
  const stream = new BoardStream();
  let held: ConsoleBoard | undefined;
  const patches: ConsoleBoardPatch[] = [];
  for (const b of boards) {
    const { board: whole, patch } = stream.next(b);
    if (patch === null) held = whole;
    else {
      patches.push(patch);
      held = applyBoardPatch(held, patch) ?? undefined;
    }
  }
  return { held, patches, stream };
}

describe('the boards pushed to the leads', () => {
  it('sends the first board whole, then each one as what changed, and the desktop ends with the same board', () => {
    const first = board({
      queues: [queue('claims', 1), queue('billing')],
      risk: [entry('c1', 40)],
      alerts: [alert('a1')],
    });
    const second = board({
      queues: [queue('claims', 2), queue('billing')],
      risk: [entry('c2', 90), entry('c1', 40)],
      alerts: [alert('a2'), alert('a1')],
    });
    const third = board({
      queues: [queue('claims', 0), queue('billing')],
      risk: [entry('c1', 40, 'AG-1')],
      alerts: [alert('a2'), alert('a1', 'AG-9')],
    });
    const { held, patches, stream } = follow(first, second, third);

    expect(held).toEqual(stream.latest());
    expect(held).toMatchObject({
      generatedAt: third.generatedAt,
      queues: third.queues,
      risk: third.risk,
      alerts: third.alerts,
    });
    // Only what changed travels: the claims queue, the new contact, the new alert.
    expect(patches[0]?.queues).toEqual({ changed: [queue('claims', 2)] });
    expect(patches[0]?.risk).toEqual({ changed: [entry('c2', 90)], order: ['c2', 'c1'] });
    expect(patches[0]?.alerts).toEqual({ changed: [alert('a2')], order: ['a2', 'a1'] });
    // c2 left the board and c1 was offered; a1 was acknowledged.
    expect(patches[1]?.risk).toEqual({ changed: [entry('c1', 40, 'AG-1')], order: ['c1'] });
    expect(patches[1]?.alerts).toEqual({ changed: [alert('a1', 'AG-9')] });
  });

  it('counts its boards in order, each patch naming the board it applies to', () => {
    const { patches, stream } = follow(board({}), board({}), board({}));
    expect(patches.map((p) => [p.base.seq, p.version.seq])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(stream.latest()?.version).toEqual(patches[1]?.version);
    expect(new BoardStream().latest()).toBeNull();
  });

  it('leaves unchanged rows the same objects on the desktop, and an untouched list as it was', () => {
    const stream = new BoardStream();
    const first = stream.next(
      board({ queues: [queue('claims'), queue('billing')], alerts: [alert('a1')] }),
    ).board;
    const { patch } = stream.next(
      board({ queues: [queue('claims', 3), queue('billing')], alerts: [alert('a1')] }),
    );
    const next = applyBoardPatch(first, patch!);
    expect(next?.queues[0]).toEqual(queue('claims', 3));
    expect(next?.queues[1]).toBe(first.queues[1]);
    expect(next?.alerts).toBe(first.alerts);
  });

  it('does not apply a patch to any board but its base: the desktop must ask for the whole board', () => {
    const stream = new BoardStream();
    const first = stream.next(board({ queues: [queue('claims')] })).board;
    const second = stream.next(board({ queues: [queue('claims', 1)] }));
    const { patch: third } = stream.next(board({ queues: [queue('claims', 2)] }));
    // Missed the second: the third does not apply to the first.
    expect(applyBoardPatch(first, third!)).toBeNull();
    expect(applyBoardPatch(second.board, third!)?.queues).toEqual([queue('claims', 2)]);
    // A board fetched on its own (no version), or another gateway run's.
    const { version: _, ...unversioned } = second.board;
    expect(applyBoardPatch(unversioned, third!)).toBeNull();
    expect(applyBoardPatch(undefined, third!)).toBeNull();
    const other = new BoardStream();
    other.next(board({}));
    expect(
      applyBoardPatch(other.latest()!, { ...third!, base: { ...third!.base, seq: 1 } }),
    ).toBeNull();
  });

  it('refuses a patch that does not fit the rows it has', () => {
    const stream = new BoardStream();
    const first = stream.next(board({ risk: [entry('c1')] })).board;
    const { patch } = stream.next(board({ risk: [entry('c1', 70)] }));
    // A changed row the board does not have, or an id in the order it cannot fill.
    expect(applyBoardPatch(first, { ...patch!, risk: { changed: [entry('c9')] } })).toBeNull();
    expect(
      applyBoardPatch(first, { ...patch!, risk: { changed: [], order: ['c1', 'c9'] } }),
    ).toBeNull();
  });
});
