/**
 * The board's queue figures across rebuilds: hand-counted over contacts of the day that finished
 * long before the first rebuild, recently, and between two rebuilds (one of them without an event
 * past the last one read, as a late commit on PostgreSQL leaves it); the same as a fresh read; and
 * a rebuild reads what changed, not the day's contacts again.
 */
import { fileURLToPath } from 'node:url';
import { PGlite, type Results } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleBoard } from '../../shared/schemas/console.js';
import type { Database, Db } from '../db/client.js';
import { contactEvents, contacts } from '../db/schema.js';
import { transitionContact } from '../contacts/contact-transitions.js';
import { loadFixtures } from '../testing/fixtures.js';
import { ConsoleService } from './console-service.js';

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));
const MIN = 60_000;
const SOD = new Date(2026, 10, 20).getTime(); // local midnight, as the board's day
const NOW0 = SOD + 10 * 60 * MIN;
const NOW1 = NOW0 + 14 * MIN;
const at = (ms: number) => new Date(ms);

let client: PGlite;
let db: Db;
let clock = NOW0;
/** What the database returned since the last reset, in bytes of JSON. */
let bytesRead = 0;
/** The same, for the first rebuild (the whole day). */
let firstRead = 0;

function service(push: (board: ConsoleBoard) => void = () => undefined): ConsoleService {
  return new ConsoleService({
    db,
    log: pino({ level: 'silent' }),
    queues: () => [
      { id: 'claims-voice', name: 'Claims (voice)', channel: 'voice' },
      { id: 'service-chat', name: 'Service (chat)', channel: 'chat' },
    ],
    agents: () => [],
    chatCapacity: () => 3,
    thresholds: () => ({
      serviceLevelSeconds: 20,
      acwLimitSeconds: 120,
      longHoldSeconds: 3600,
      diamondWaitSeconds: 600,
    }),
    push,
    coalesceMs: 1,
    now: () => at(clock),
  });
}

let n = 0;
type Finished = {
  queueId?: string;
  created: number;
  accepted?: number;
  closed: number;
  abandoned?: boolean;
};
/** Contacts that finished, each with the finishing event routing writes with it. */
async function finished(list: Finished[]): Promise<void> {
  const rows = list.map((c) => ({
    id: `CT-${++n}`,
    externalId: `ext-${n}`,
    channel: 'voice' as const,
    queueId: c.queueId ?? 'claims-voice',
    state: c.abandoned ? ('abandoned' as const) : ('closed' as const),
    match: 'none' as const,
    createdAt: at(c.created),
    queuedAt: at(c.created),
    acceptedAt: c.accepted === undefined ? null : at(c.accepted),
    closedAt: at(c.closed),
  }));
  await db.insert(contacts).values(rows);
  await db.insert(contactEvents).values(
    rows.map((r) => ({
      contactId: r.id,
      at: r.closedAt,
      action: r.state === 'closed' ? 'wrap' : 'hangup',
      fromState: r.state === 'closed' ? ('wrap_up' as const) : ('queued' as const),
      toState: r.state,
    })),
  );
}

async function live(id: string, created: number, accepted?: number): Promise<void> {
  await db.insert(contacts).values({
    id,
    externalId: `ext-${id}`,
    channel: 'voice',
    queueId: 'claims-voice',
    state: accepted === undefined ? 'queued' : 'active',
    match: 'none',
    offeredTo: accepted === undefined ? null : 'AG-1',
    createdAt: at(created),
    queuedAt: at(created),
    acceptedAt: accepted === undefined ? null : at(accepted),
  });
}

/** Ends and wraps up an active contact through the lifecycle, as routing does. */
async function close(id: string, closed: number): Promise<void> {
  await transitionContact(db, {
    contactId: id,
    action: 'end',
    at: at(closed),
    actor: 'AG-1',
    set: { endedAt: at(closed) },
  });
  await transitionContact(db, {
    contactId: id,
    action: 'wrap',
    at: at(closed),
    actor: 'AG-1',
    set: { closedAt: at(closed) },
  });
}

/** Counts the rows each query of `target` returns. */
function counted<T extends Pick<PGlite, 'query'>>(target: T): T {
  const query = target.query.bind(target);
  target.query = (async (...args: Parameters<typeof query>) => {
    const result: Results = await query(...args);
    bytesRead += JSON.stringify(result.rows).length;
    return result;
  }) as typeof target.query;
  return target;
}

const queue = (b: ConsoleBoard, id: string) => b.queues.find((q) => q.id === id);

beforeAll(async () => {
  client = new PGlite();
  counted(client);
  const transaction = client.transaction.bind(client);
  client.transaction = ((fn: Parameters<typeof transaction>[0]) =>
    transaction((tx) => fn(counted(tx)))) as typeof client.transaction;
  db = drizzle(client) as unknown as Db;
  await migrate(drizzle(client), { migrationsFolder });
  await loadFixtures({ db } as Database);

  // Long before the first rebuild, 20 times over: 6 answered in 10 s and handled 300 s, 2 answered
  // in 30 s and handled 120 s, one abandoned at 10 s (not counted) and one at 45 s (missed).
  const settled: Finished[] = [];
  for (let i = 0; i < 20; i++) {
    const t = SOD + 60 * MIN + i * 10 * MIN;
    for (let k = 0; k < 6; k++)
      settled.push({ created: t, accepted: t + 10_000, closed: t + 310_000 });
    for (let k = 0; k < 2; k++)
      settled.push({ created: t, accepted: t + 30_000, closed: t + 150_000 });
    settled.push({ created: t, closed: t + 10_000, abandoned: true });
    settled.push({ created: t, closed: t + 45_000, abandoned: true });
  }
  for (let k = 0; k < 5; k++) {
    settled.push({
      queueId: 'service-chat',
      created: SOD + MIN,
      accepted: SOD + MIN + 5000,
      closed: SOD + 2 * MIN + 5000,
    });
  }
  // Yesterday's contact, closed today: not today's.
  settled.push({ created: SOD - 60 * MIN, accepted: SOD - 59 * MIN, closed: SOD + 60 * MIN });
  // Closed 2 minutes ago: answered in 5 s, handled 475 s.
  settled.push({
    created: NOW0 - 10 * MIN,
    accepted: NOW0 - 10 * MIN + 5000,
    closed: NOW0 - 2 * MIN,
  });
  await finished(settled);
  await live('CT-waiting', NOW0 - 30_000);
  await live('CT-talking', NOW0 - 5 * MIN, NOW0 - 5 * MIN + 15_000);
  await live('CT-yesterday', SOD - 120 * MIN, SOD - 120 * MIN + 5000);
});

afterAll(async () => {
  await client.close();
});

describe('the board across rebuilds', () => {
  let board: ConsoleService;
  beforeAll(() => {
    board = service();
  });
  afterAll(async () => {
    await board.close();
  });

  it('counts the day hand-checked at the first rebuild', async () => {
    bytesRead = 0;
    const first = await board.board();
    firstRead = bytesRead;
    expect(queue(first, 'claims-voice')).toMatchObject({
      waiting: 1,
      longestWaitSeconds: 30,
      last15Minutes: { answered: 2, serviceLevel: 1, abandoned: 0, averageHandleSeconds: 475 },
      // 160 + 2 answered, 122 in time, 182 counted; handle (40,800 s + 475 s) / 161.
      today: { answered: 162, serviceLevel: 122 / 182, abandoned: 40, averageHandleSeconds: 256 },
    });
    expect(queue(first, 'service-chat')?.today).toEqual({
      answered: 5,
      serviceLevel: 1,
      abandoned: 0,
      averageHandleSeconds: 60,
    });
  });

  it('adds what finished since, reading only that, and agrees with a fresh read', async () => {
    clock = NOW1;
    await close('CT-talking', NOW1 - MIN); // handled 1,065 s
    await close('CT-yesterday', NOW1 - 3 * MIN); // not today's
    // Finished without an event past the last one read: a transaction that took its event id
    // earlier and committed after the first rebuild's read leaves it so.
    await db
      .update(contacts)
      .set({ state: 'abandoned', closedAt: at(NOW1 - 2 * MIN) })
      .where(eq(contacts.id, 'CT-waiting'));
    // Arrived and closed between the two rebuilds: answered in 8 s, handled 293 s.
    await finished([
      { created: NOW0 + MIN, accepted: NOW0 + MIN + 8000, closed: NOW0 + 6 * MIN + 1000 },
    ]);

    bytesRead = 0;
    const second = await board.board();
    // The 208 contacts of the day closed before the first rebuild are not read again: the second
    // read is the live contact and the four that finished since.
    expect(bytesRead).toBeLessThan(firstRead / 10);
    const claims = queue(second, 'claims-voice');
    expect(claims).toMatchObject({
      waiting: 0,
      // The new one answered; the waiting one abandoned after 12.5 minutes (missed); the one
      // closed 16 minutes ago has left the window.
      last15Minutes: {
        answered: 1,
        serviceLevel: 0.5,
        abandoned: 1,
        averageHandleSeconds: (1065 + 293) / 2,
      },
      today: {
        answered: 163,
        serviceLevel: 123 / 184,
        abandoned: 41,
        averageHandleSeconds: Math.round(42_633 / 163),
      },
    });
    const fresh = service();
    expect((await fresh.board()).queues).toEqual(second.queues);
    await fresh.close();
  });

  it('starts the next day afresh', async () => {
    clock = SOD + 24 * 60 * MIN + 60 * MIN;
    const next = await board.board();
    expect(queue(next, 'claims-voice')?.today).toEqual({
      answered: 0,
      serviceLevel: null,
      abandoned: 0,
      averageHandleSeconds: null,
    });
    const fresh = service();
    expect((await fresh.board()).queues).toEqual(next.queues);
    await fresh.close();
  });

  it('finishes the rebuild under way when closed, and starts none after', async () => {
    const pushed: ConsoleBoard[] = [];
    const closing = service((b) => pushed.push(b));
    closing.touch();
    await new Promise((resolve) => setTimeout(resolve, 5)); // the rebuild has started
    await closing.close();
    expect(pushed).toHaveLength(1);
    closing.touch();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pushed).toHaveLength(1);
  });
});
