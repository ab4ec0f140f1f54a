/**
 * The database thread's queue: one statement at a time in the order sent; an urgent one (the
 * leads' board) before those still waiting, but never inside a transaction.
 */
import { describe, expect, it } from 'vitest';
import { StatementQueue, transactionStep } from './statement-queue.mjs';

/** A statement that ends when the test says so, and records when it started. */
function gate(started: string[], name: string) {
  let open!: () => void;
  const ended = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    run: async () => {
      started.push(name);
      await ended;
      return name;
    },
    open,
  };
}

/** One turn of the event loop: the queue starts its next statement in a later turn. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const instant = (started: string[], name: string) => () => {
  started.push(name);
  return name;
};

describe('StatementQueue', () => {
  it('runs statements one at a time in the order sent', async () => {
    const queue = new StatementQueue();
    const started: string[] = [];
    const first = gate(started, 'a');
    const answers = [
      queue.push(first.run),
      queue.push(instant(started, 'b')),
      queue.push(instant(started, 'c')),
    ];
    await turn();
    expect(started).toEqual(['a']);
    first.open();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c']);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('runs an urgent statement after the one running, before those still waiting', async () => {
    const queue = new StatementQueue();
    const started: string[] = [];
    const running = gate(started, 'running');
    const first = queue.push(running.run);
    await turn();
    const all = [
      first,
      queue.push(instant(started, 'write 1')),
      queue.push(instant(started, 'write 2')),
      queue.push(instant(started, 'board'), { urgent: true }),
    ];
    await turn();
    running.open();
    await Promise.all(all);
    expect(started).toEqual(['running', 'board', 'write 1', 'write 2']);
  });

  it('takes every statement sent in the same turn before it picks the next: the urgent one first', async () => {
    const queue = new StatementQueue();
    const started: string[] = [];
    await Promise.all([
      queue.push(instant(started, 'write 1')),
      queue.push(instant(started, 'write 2')),
      queue.push(instant(started, 'board'), { urgent: true }),
    ]);
    expect(started).toEqual(['board', 'write 1', 'write 2']);
  });

  it('holds an urgent statement sent during a transaction until the transaction has ended', async () => {
    const queue = new StatementQueue();
    const started: string[] = [];
    await queue.push(instant(started, 'BEGIN'), { sql: 'BEGIN' });
    await turn();
    const inside = gate(started, 'insert');
    const all = [
      queue.push(inside.run, { sql: 'insert into notes values (1)' }),
      queue.push(instant(started, 'board'), { urgent: true, sql: 'select' }),
      queue.push(instant(started, 'update'), { sql: 'update notes set n = 2' }),
      queue.push(instant(started, 'ROLLBACK TO SAVEPOINT a'), { sql: 'ROLLBACK TO SAVEPOINT a' }),
      queue.push(instant(started, 'COMMIT'), { sql: 'COMMIT' }),
      queue.push(instant(started, 'after'), { sql: 'select 1' }),
    ];
    inside.open();
    await Promise.all(all);
    expect(started).toEqual([
      'BEGIN',
      'insert',
      'update',
      'ROLLBACK TO SAVEPOINT a',
      'COMMIT',
      'board',
      'after',
    ]);
  });

  it('takes a failed statement as ended, and a failed BEGIN as no transaction', async () => {
    const queue = new StatementQueue();
    const started: string[] = [];
    const begin = queue.push(
      () => {
        throw new Error('could not begin');
      },
      { sql: 'begin' },
    );
    await expect(begin).rejects.toThrow('could not begin');
    const running = gate(started, 'running');
    const first = queue.push(running.run);
    await turn();
    const all = [
      first,
      queue.push(instant(started, 'write')),
      queue.push(instant(started, 'board'), { urgent: true }),
    ];
    await turn();
    running.open();
    await Promise.all(all);
    expect(started).toEqual(['running', 'board', 'write']);
  });

  it('tells a transaction’s BEGIN and end from other statements', () => {
    expect(
      ['BEGIN', ' start transaction', 'begin isolation level serializable'].map(transactionStep),
    ).toEqual(['begin', 'begin', 'begin']);
    expect(['COMMIT', 'rollback', 'END', 'abort'].map(transactionStep)).toEqual([
      'end',
      'end',
      'end',
      'end',
    ]);
    expect(
      [
        'rollback to savepoint sp1',
        'savepoint sp1',
        'release savepoint sp1',
        'select 1',
        'update ends set x = 1',
      ].map(transactionStep),
    ).toEqual([null, null, null, null, null]);
  });
});
