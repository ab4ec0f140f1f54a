/**
 * The queue priority PostgreSQL computes when it stores an inbound contact (contactPrioritySql)
 * is the one routing computes in TypeScript (contactPriority), for every tier and risk band.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISK_BANDS, TIERS, type RiskBand, type Tier } from '../../shared/domain.js';
import type { Database } from '../db/client.js';
import { openTestDatabases, TEST_ENGINES, type TestDatabases } from '../testing/test-engines.js';
import { contactPriority, contactPrioritySql } from './priority.js';

describe.each(TEST_ENGINES)('contactPrioritySql on $engine', ({ url }) => {
  let dbs: TestDatabases;
  let database: Database;
  beforeAll(async () => {
    dbs = await openTestDatabases(url, 'priority');
    [database] = dbs.nodes;
  });
  afterAll(async () => {
    await dbs.close();
  });

  const cases: Array<{ tier: Tier | null; risk: { score: number; band: RiskBand } | null }> = [null, ...TIERS].flatMap(
    (tier) => [
      { tier, risk: null },
      ...RISK_BANDS.flatMap((band) => [0, 37, 100].map((score) => ({ tier, risk: { score, band } }))),
    ],
  );

  it('queues every tier and risk as routing does', async () => {
    const { priority, urgent } = contactPrioritySql(
      sql`(${sql.placeholder('tier')}::text)`,
      sql`(${sql.placeholder('score')}::int)`,
      sql`(${sql.placeholder('band')}::text)`,
    );
    const query = database.db.select({ priority, urgent }).from(sql`(select 1) as one`).prepare('priority_check');
    for (const { tier, risk } of cases) {
      const [got] = await query.execute({ tier, score: risk?.score ?? null, band: risk?.band ?? null });
      expect({ tier, risk, ...got }).toEqual({ tier, risk, ...contactPriority({ tier, risk }) });
    }
  });
});
