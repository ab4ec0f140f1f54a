/**
 * The same schema, migrations and gateway on a real PostgreSQL server. CI starts one and sets
 * FIREBREAK_TEST_DATABASE_URL (see .ci/run); each run works in a database of its own.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopBundle } from '../../shared/schemas/pop.js';
import { seedDatabase } from '../seed/seed.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';
import { createScratchDatabase } from '../testing/scratch-postgres.js';
import { openDatabase } from './client.js';
import { rowsOf } from '../testing/corpus-support.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

describe.runIf(adminUrl)('on PostgreSQL (DATABASE_URL)', () => {
  let gw: TestGateway;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl ?? '', 'firebreak_test');
    gw = await startTestGateway({ fixtures: false, databaseUrl: scratch.url });
    await seedDatabase(gw.database, { customers: 40, demoPassword: 'pg-test-password' });
    await gw.gateway.reloadReferenceData();
  });
  afterAll(async () => {
    await gw.close();
    await scratch.drop();
  });

  it('runs the migrations and the seed, and pops a contact end to end', async () => {
    expect(gw.database.engine).toBe('postgres');
    const desktop = await gw.connectAgent('agent01', 'pg-test-password');
    await desktop.request('agent.ready', {});
    const res = await gw.post('/api/v1/contacts', aContact({ from: { customerId: 'CUS-000007' } }));
    expect(await res.json()).toMatchObject({ match: 'one', customerId: 'CUS-000007' });
    const offer = await desktop.next('contact.offered');
    expect(offer.pop?.customer.id).toBe('CUS-000007');
    expect(offer.pop?.timeline.items.length).toBeGreaterThan(0);
    desktop.close();
  });

  it("answers the pop's prepared reads alike on every pooled connection, for every customer", async () => {
    const { token } = await gw.login('zhang.lead', 'pg-test-password'); // a lead may open any customer
    const pop = async (id: string) => {
      const res = await gw.api('GET', `/api/v1/customers/${id}/pop`, token);
      expect(res.status).toBe(200);
      return (await res.json()) as PopBundle;
    };
    // Many at once, so several pooled connections each prepare the statements for themselves.
    const ids = ['CUS-000007', 'CUS-000012', 'CUS-000031'];
    const pops = await Promise.all(
      Array.from({ length: 24 }, (_, i) => pop(ids[i % ids.length] ?? '')),
    );
    for (const [i, bundle] of pops.entries()) {
      expect(bundle.customer.id).toBe(ids[i % ids.length]);
      expect(bundle).toEqual(pops[i % ids.length]);
    }
    expect(new Set(pops.map((bundle) => bundle.customer.name)).size).toBe(ids.length);
  });

  it('opens no more connections than FIREBREAK_DB_POOL_SIZE, however many statements wait', async () => {
    /** The PostgreSQL backends that answered six slow statements sent at once. */
    const backends = async (poolSize: number | undefined) => {
      const database = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url, poolSize });
      try {
        const answers = await Promise.all(
          Array.from({ length: 6 }, () =>
            database.db.execute(sql`select pg_backend_pid() as pid, pg_sleep(0.2)`),
          ),
        );
        return new Set(answers.flatMap((result) => rowsOf<{ pid: number }>(result).map((r) => r.pid))).size;
      } finally {
        await database.close();
      }
    };
    expect(await backends(2)).toBe(2);
    expect(await backends(undefined)).toBe(6); // the default pool (10) takes them all at once
  });
});
