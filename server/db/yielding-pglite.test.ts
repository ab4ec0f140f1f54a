import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { YieldingPGlite } from './yielding-pglite.js';

const open: PGlite[] = [];
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
});

/** Queues `count` statements at once; how many had finished when a timer set alongside ran. */
async function doneWhenTimerRan(db: PGlite, count: number): Promise<number> {
  open.push(db);
  await db.query('select 1');
  let done = 0;
  const timer = new Promise<number>((resolve) => setTimeout(() => resolve(done), 0));
  await Promise.all(
    Array.from({ length: count }, () => db.query('select sum(g) from generate_series(1, 2000) g').then(() => (done += 1))),
  );
  return timer;
}

describe('PGlite under a backlog', () => {
  it('lets the event loop run (sockets, heartbeats) while a burst of statements is worked through', async () => {
    expect(await doneWhenTimerRan(new YieldingPGlite(), 400)).toBeLessThan(400);
  });

  it('would not by itself: the plain client runs the whole burst first (why the subclass exists)', async () => {
    expect(await doneWhenTimerRan(new PGlite(), 400)).toBe(400);
  });
});
