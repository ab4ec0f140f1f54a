import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueWaiting } from '../../shared/schemas/work.js';
import { QueueWaitingBroadcast, type WaitingAgent } from './queue-waiting-broadcast.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A broadcast over counts and agents the test changes, recording every send. */
function setUp(agents: WaitingAgent[]) {
  const counts = new Map<string, number>();
  const sends: { to: string[]; payload: QueueWaiting }[] = [];
  let countings = 0;
  const broadcast = new QueueWaitingBroadcast({
    counts: () => {
      countings += 1;
      return counts;
    },
    agents: () => agents,
    send: (to, payload) => sends.push({ to, payload }),
    windowMs: 500,
  });
  const change = (queueId: string, waiting: number) => {
    counts.set(queueId, waiting);
    broadcast.touch();
  };
  return { broadcast, sends, change, countings: () => countings };
}

const ann = { id: 'ann', queues: ['claims', 'motor'] };
const bob = { id: 'bob', queues: ['claims', 'motor'] };
const cai = { id: 'cai', queues: ['chat'] };

describe('queue waiting broadcast', () => {
  it('gathers a window of changes into one count per queue, sent once per agent with the last value', () => {
    vi.useFakeTimers();
    const { broadcast, sends, change, countings } = setUp([ann, bob, cai]);
    broadcast.sendTo(ann);
    broadcast.sendTo(bob);
    broadcast.sendTo(cai);
    expect(sends.map((s) => s.to)).toEqual([['ann'], ['bob'], ['cai']]);
    expect(sends[0]?.payload).toEqual({
      queues: [
        { queueId: 'claims', waiting: 0 },
        { queueId: 'motor', waiting: 0 },
      ],
    });
    sends.length = 0;
    const before = countings();

    for (let n = 1; n <= 50; n += 1) change('claims', n);
    change('claims', 7);
    expect(sends).toEqual([]);
    vi.advanceTimersByTime(499);
    expect(sends).toEqual([]);
    vi.advanceTimersByTime(1);

    // Counted once for the window; the two claims agents share one send; the chat agent hears nothing.
    expect(countings() - before).toBe(1);
    expect(sends).toEqual([
      {
        to: ['ann', 'bob'],
        payload: {
          queues: [
            { queueId: 'claims', waiting: 7 },
            { queueId: 'motor', waiting: 0 },
          ],
        },
      },
    ]);

    // A change that comes back to where it was within a window sends nothing.
    change('claims', 8);
    change('claims', 7);
    vi.advanceTimersByTime(500);
    expect(sends).toHaveLength(1);

    // Trailing edge: a change after the window's send opens the next window, and arrives.
    change('chat', 2);
    vi.advanceTimersByTime(500);
    expect(sends.at(-1)).toEqual({
      to: ['cai'],
      payload: { queues: [{ queueId: 'chat', waiting: 2 }] },
    });
    vi.advanceTimersByTime(5000);
    expect(sends).toHaveLength(2);
  });

  it('sends a desktop that just became ready its counts at once, and corrects them if they moved back', () => {
    vi.useFakeTimers();
    const { broadcast, sends, change } = setUp([ann]);
    change('claims', 3);
    broadcast.flush();
    change('claims', 4);
    broadcast.sendTo(ann); // mid-window: ann sees 4
    change('claims', 3); // …and back to what the others were last sent
    vi.advanceTimersByTime(500);
    expect(sends.map((s) => s.payload.queues[0]?.waiting)).toEqual([3, 4, 3]);
  });

  it('leaves out agents whose desktops are not ready', () => {
    vi.useFakeTimers();
    const agents: WaitingAgent[] = [ann];
    const { broadcast, sends, change } = setUp(agents);
    change('claims', 1);
    vi.advanceTimersByTime(500);
    agents.length = 0;
    change('claims', 2);
    vi.advanceTimersByTime(500);
    expect(sends.map((s) => [s.to, s.payload.queues[0]?.waiting])).toEqual([[['ann'], 1]]);
    broadcast.close();
  });
});
