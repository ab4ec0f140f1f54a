import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import type { Database } from '../db/client.js';
import { SeedError, readSeedState, seedDatabase } from './seed.js';
import type { SeedOptions } from './seed.js';

const BASE: SeedOptions = {
  customers: 80,
  seed: 7,
  anchor: new Date('2026-03-02T00:00:00Z'),
  demoPassword: 'pw',
};

interface Fingerprint {
  names: string[];
  touchpoints: number;
  digest: string;
}

async function fingerprint(database: Database): Promise<Fingerprint> {
  const names = await database.db.execute(sql`SELECT name FROM customers ORDER BY id`);
  const digest = await database.db.execute(sql`
    SELECT count(*)::int AS n,
           md5(string_agg(event_id || customer_id || kind || summary || occurred_at::text, '|' ORDER BY event_id)) AS digest
    FROM touchpoints`);
  const nameRows = (names as { rows: { name: string }[] }).rows;
  const [row] = (digest as { rows: { n: number; digest: string }[] }).rows;
  return {
    names: nameRows.map((r) => r.name),
    touchpoints: row?.n ?? 0,
    digest: row?.digest ?? '',
  };
}

// Opening PGlite costs seconds, so the databases are shared: `big` and `small` are seeded with
// the same options in different chunk sizes, `other` with another seed, `fresh` starts empty.
let big: Database;
let small: Database;
let other: Database;
let fresh: Database;

beforeAll(async () => {
  const open = () => openDatabase({ dataDir: 'memory://' });
  [big, small, other, fresh] = await Promise.all([open(), open(), open(), open()]);
  await seedDatabase(big, { ...BASE, chunkSize: 1000 });
  await seedDatabase(small, { ...BASE, chunkSize: 7 });
  await seedDatabase(other, { ...BASE, seed: 8 });
});

afterAll(async () => {
  await Promise.all([big, small, other, fresh].map((database) => database.close()));
});

describe('determinism', () => {
  it('gives identical customers and touchpoints for the same options, whatever the chunk size', async () => {
    const first = await fingerprint(big);
    expect(first.names).toHaveLength(BASE.customers);
    expect(first.touchpoints).toBeGreaterThan(0);
    expect(await fingerprint(small)).toEqual(first);
  });

  it('gives different customers for a different seed', async () => {
    const [first, second] = [await fingerprint(big), await fingerprint(other)];
    expect(second.names).not.toEqual(first.names);
    expect(second.digest).not.toBe(first.digest);
  });
});

describe('nothing half written', () => {
  it('refuses to seed a database that is already seeded', async () => {
    expect(await readSeedState(big)).toMatchObject({ state: 'seeded', customers: BASE.customers });
    await expect(seedDatabase(big, BASE)).rejects.toBeInstanceOf(SeedError);
    expect((await fingerprint(big)).names).toHaveLength(BASE.customers);
  });

  it('rejects bad options before writing anything', async () => {
    for (const customers of [-1, 1.5, Number.NaN]) {
      await expect(seedDatabase(fresh, { ...BASE, customers })).rejects.toBeInstanceOf(SeedError);
    }
    await expect(seedDatabase(fresh, { ...BASE, anchor: new Date('nope') })).rejects.toBeInstanceOf(
      SeedError,
    );
    expect((await readSeedState(fresh)).state).toBe('empty');
  });

  it('leaves an empty database when seeding fails midway, and a retry succeeds', async () => {
    const failing = seedDatabase(fresh, {
      ...BASE,
      chunkSize: 10,
      onProgress: (done, _total, phase) => {
        if (phase === 'customers' && done >= 50) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await readSeedState(fresh)).toEqual({ state: 'empty', customers: 0, agents: 0 });
    await seedDatabase(fresh, BASE);
    expect(await fingerprint(fresh)).toEqual(await fingerprint(big));
  });

  it('reports seed data without agents as incomplete, not seeded', async () => {
    await other.db.execute(sql`DELETE FROM agent_queues`);
    await other.db.execute(sql`DELETE FROM agents`);
    expect((await readSeedState(other)).state).toBe('incomplete');
  });
});
