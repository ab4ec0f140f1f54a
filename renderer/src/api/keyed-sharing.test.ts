import { describe, expect, it } from 'vitest';
import { keyedSharing } from './keyed-sharing';

interface Board {
  at: string;
  limits: { wait: number };
  alerts: { id: string; rule: string; detail: { words: string[] } }[];
  queues: { id: string; waiting: number }[];
}

const share = keyedSharing<Board>({ alerts: 'id', queues: 'id' });
const alert = (id: string, rule = 'diamond_waiting', words: string[] = []) => ({
  id,
  rule,
  detail: { words },
});
const board = (overrides: Partial<Board> = {}): Board => ({
  at: '2026-11-24T10:00:00Z',
  limits: { wait: 30 },
  alerts: [alert('a1'), alert('a2')],
  queues: [
    { id: 'q1', waiting: 1 },
    { id: 'q2', waiting: 0 },
  ],
  ...overrides,
});
/** As it comes off the socket: every object new. */
const fresh = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('keyedSharing', () => {
  it('keeps every row that did not change when a new one arrives at the top', () => {
    const before = board();
    const after = share(
      before,
      fresh(board({ alerts: [alert('a0'), alert('a1'), alert('a2')] })),
    ) as Board;
    expect(after.alerts.map((a) => a.id)).toEqual(['a0', 'a1', 'a2']);
    expect(after.alerts[1]).toBe(before.alerts[0]);
    expect(after.alerts[2]).toBe(before.alerts[1]);
    expect(after.queues).toBe(before.queues);
    expect(after.limits).toBe(before.limits);
  });

  it('keeps rows that only moved, and drops the ones that left', () => {
    const before = board({ alerts: [alert('a1'), alert('a2'), alert('a3')] });
    const after = share(before, fresh(board({ alerts: [alert('a3'), alert('a1')] }))) as Board;
    expect(after.alerts).toHaveLength(2);
    expect(after.alerts[0]).toBe(before.alerts[2]);
    expect(after.alerts[1]).toBe(before.alerts[0]);
  });

  it('gives a changed row a new object, keeping its unchanged parts', () => {
    const before = board({ alerts: [alert('a1', 'diamond_waiting', ['lawyer'])] });
    const after = share(
      before,
      fresh(board({ alerts: [alert('a1', 'escalation_words', ['lawyer'])] })),
    ) as Board;
    expect(after.alerts[0]).not.toBe(before.alerts[0]);
    expect(after.alerts[0]?.rule).toBe('escalation_words');
    expect(after.alerts[0]?.detail).toBe(before.alerts[0]?.detail);
  });

  it('answers the previous data itself when nothing changed', () => {
    const before = board();
    expect(share(before, fresh(before))).toBe(before);
  });

  it('shares the other fields as react-query does, and takes new values', () => {
    const before = board();
    const after = share(before, fresh(board({ at: '2026-11-24T10:00:01Z' }))) as Board;
    expect(after.at).toBe('2026-11-24T10:00:01Z');
    expect(after.alerts).toBe(before.alerts);
    expect(after).not.toBe(before);
  });

  it('takes the new data whole when there was none before', () => {
    const next = board();
    expect(share(undefined, next)).toEqual(next);
  });
});
