/**
 * The same schema, migrations and gateway on a real PostgreSQL server. CI starts one and sets
 * FIREBREAK_TEST_DATABASE_URL (see .ci/run); each run works in a database of its own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seed/seed.js';
import { aContact, startTestGateway, type TestGateway } from '../testing/harness.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

describe.runIf(adminUrl)('on PostgreSQL (DATABASE_URL)', () => {
  const name = `firebreak_test_${randomBytes(4).toString('hex')}`;
  let gw: TestGateway;

  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    gw = await startTestGateway({ fixtures: false, databaseUrl: url.toString() });
    await seedDatabase(gw.database, { customers: 40, demoPassword: 'pg-test-password' });
    await gw.gateway.reloadReferenceData();
  });
  afterAll(async () => {
    await gw.close();
    await admin(`DROP DATABASE IF EXISTS ${name}`);
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
});
