import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANOMALIES,
  JOURNEY_STAGES,
  ROOT_CAUSES,
  TIERS,
  TOUCHPOINT_CHANNELS,
} from '../../shared/domain.js';
import { verifyPassword } from '../auth/password.js';
import { openDatabase } from '../db/client.js';
import type { Database } from '../db/client.js';
import { DEMO_AGENTS, SCRIPT_PLACEHOLDER_NAMES, seedDatabase } from './seed.js';
import type { SeedSummary } from './seed.js';
import { findBrokenReferences } from './verify.js';

const ANCHOR = new Date('2026-03-02T00:00:00Z');
const PASSWORD = 'test-demo-password';
const CUSTOMERS = 200;

let database: Database;
let summary: SeedSummary;

async function rows<T>(query: string): Promise<T[]> {
  const result = await database.db.execute(sql.raw(query));
  return (result as { rows: T[] }).rows;
}
const column = async (query: string): Promise<string[]> =>
  (await rows<{ v: string }>(query)).map((r) => r.v);

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  summary = await seedDatabase(database, {
    customers: CUSTOMERS,
    seed: 42,
    anchor: ANCHOR,
    demoPassword: PASSWORD,
    chunkSize: 64,
  });
});

afterAll(async () => {
  await database.close();
});

describe('seeded customers', () => {
  it('loads the requested customers with about 20 touchpoints each', () => {
    expect(summary.customers).toBe(CUSTOMERS);
    expect(summary.touchpoints / CUSTOMERS).toBeGreaterThan(15);
    expect(summary.touchpoints / CUSTOMERS).toBeLessThan(26);
    expect(summary.partners).toBeGreaterThanOrEqual(50);
  });

  it('has all five tiers, with silver and potential far more common than diamond', async () => {
    const tiers = await rows<{ tier: string; n: number }>(
      'SELECT tier, count(*)::int AS n FROM customers GROUP BY tier',
    );
    expect(tiers.map((t) => t.tier).sort()).toEqual([...TIERS].sort());
    const n = (tier: string) => tiers.find((t) => t.tier === tier)?.n ?? 0;
    expect(n('silver') + n('potential')).toBeGreaterThan(10 * n('diamond'));
  });

  it('names customers in their own script', async () => {
    const names = await rows<{ name: string; preferred_language: string; phone: string }>(
      'SELECT name, preferred_language, phone FROM customers',
    );
    const zh = names.filter((c) => c.preferred_language === 'zh-CN');
    expect(zh.length / names.length).toBeGreaterThan(0.55);
    expect(
      zh.every((c) => /^\p{Script=Han}+$/u.test(c.name) && /^\+861\d{10}$/.test(c.phone)),
    ).toBe(true);
    const fa = names.filter((c) => c.preferred_language === 'fa');
    expect(fa.length).toBeGreaterThan(0);
    expect(fa.every((c) => /\p{Script=Arabic}/u.test(c.name))).toBe(true);
  });

  it('has a phone shared by two or more customers (a family), so matching can return many', async () => {
    const shared = await rows<{ phone: string }>(
      'SELECT phone FROM customers GROUP BY phone HAVING count(*) >= 2',
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('touchpoints', () => {
  it('cover every journey stage and every channel', async () => {
    expect((await column('SELECT DISTINCT stage AS v FROM touchpoints')).sort()).toEqual(
      [...JOURNEY_STAGES].sort(),
    );
    expect((await column('SELECT DISTINCT channel AS v FROM touchpoints')).sort()).toEqual(
      [...TOUCHPOINT_CHANNELS].sort(),
    );
  });

  it('carry every anomaly, and long dwell only on long page views', async () => {
    expect(
      (
        await column('SELECT DISTINCT anomaly AS v FROM touchpoints WHERE anomaly IS NOT NULL')
      ).sort(),
    ).toEqual([...ANOMALIES].sort());
    const shortDwell = await rows(
      "SELECT 1 FROM touchpoints WHERE anomaly = 'long_dwell' AND (dwell_seconds IS NULL OR dwell_seconds < 300)",
    );
    expect(shortDwell).toHaveLength(0);
  });

  it('all happened before the anchor, with unique seed event ids and lower_snake kinds', async () => {
    const [stats] = await rows<{
      future: number;
      bad_id: number;
      bad_kind: number;
      distinct_ids: number;
      total: number;
    }>(`
      SELECT count(*) FILTER (WHERE occurred_at >= '${ANCHOR.toISOString()}')::int AS future,
             count(*) FILTER (WHERE event_id !~ '^seed-[0-9]{9}$')::int AS bad_id,
             count(*) FILTER (WHERE kind !~ '^[a-z][a-z0-9_]*$')::int AS bad_kind,
             count(DISTINCT event_id)::int AS distinct_ids, count(*)::int AS total
      FROM touchpoints`);
    expect(stats).toMatchObject({ future: 0, bad_id: 0, bad_kind: 0, distinct_ids: stats?.total });
  });

  it('reference only existing customers, partners, policies and claims', async () => {
    expect(await findBrokenReferences(database.db)).toEqual([]);
    const dangling = await rows(`
      SELECT 1 FROM touchpoints t
      WHERE (t.policy_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM policies p WHERE p.id = t.policy_id AND p.customer_id = t.customer_id))
         OR (t.claim_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = t.claim_id AND c.customer_id = t.customer_id))`);
    expect(dangling).toHaveLength(0);
  });
});

describe('claims, policies, promises and complaints', () => {
  it('has a claim past its promised date and still open (late)', async () => {
    const late = await rows<{ id: string }>(`
      SELECT id FROM claims
      WHERE closed_at IS NULL AND promised_at < '${ANCHOR.toISOString()}' AND status IN ('reported', 'assessing', 'approved')`);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((c) => /^C-\d+$/.test(c.id))).toBe(true);
  });

  it('has renewals due within 30 days and policies pending cancellation with days overdue', async () => {
    const soon = await rows(
      `SELECT 1 FROM policies WHERE renewal_date BETWEEN '2026-03-02' AND '2026-04-01' AND status = 'active'`,
    );
    expect(soon.length).toBeGreaterThan(0);
    const pending = await rows<{ days_overdue: number }>(
      "SELECT days_overdue FROM policies WHERE status = 'pending_cancellation'",
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((p) => p.days_overdue > 0)).toBe(true);
  });

  it('has broken promises and open promises already past due', async () => {
    const broken = await rows("SELECT 1 FROM promises WHERE status = 'broken'");
    const openOverdue = await rows(
      `SELECT 1 FROM promises WHERE status = 'open' AND due_at < '${ANCHOR.toISOString()}'`,
    );
    expect(broken.length).toBeGreaterThan(0);
    expect(openOverdue.length).toBeGreaterThan(0);
  });

  it('uses every root cause in complaints, each due 15 days after opening', async () => {
    expect(
      (await column('SELECT DISTINCT unnest(root_causes) AS v FROM complaints')).sort(),
    ).toEqual([...ROOT_CAUSES].sort());
    const wrongDue = await rows(
      "SELECT 1 FROM complaints WHERE due_at <> opened_at + interval '15 days'",
    );
    expect(wrongDue).toHaveLength(0);
  });

  it('ties every complaint to an earlier touchpoint of the same customer', async () => {
    const [check] = await rows<{ total: number; linked: number; in_order: number }>(`
      SELECT count(*)::int AS total,
             count(t.id)::int AS linked,
             count(*) FILTER (WHERE t.occurred_at <= c.opened_at AND c.opened_at < c.due_at
               AND (c.closed_at IS NULL OR c.closed_at >= c.opened_at)
               AND c.opened_at < '${ANCHOR.toISOString()}')::int AS in_order
      FROM complaints c
      LEFT JOIN touchpoints t ON t.id = c.origin_touchpoint_id AND t.customer_id = c.customer_id`);
    expect(check?.total).toBeGreaterThan(0);
    expect(check?.linked).toBe(check?.total);
    expect(check?.in_order).toBe(check?.total);
  });
});

describe('agents, queues and scripts', () => {
  it('creates every demo agent, and each signs in with the demo password', async () => {
    const agents = await rows<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM agents',
    );
    expect(agents.map((a) => a.username).sort()).toEqual(DEMO_AGENTS.map((a) => a.username).sort());
    expect(agents.map((a) => a.username)).toEqual(
      expect.arrayContaining([
        'lin.wei',
        'chen.jing',
        'sara.ahmadi',
        'zhang.lead',
        'admin',
        'agent20',
      ]),
    );
    const linWei = agents.find((a) => a.username === 'lin.wei');
    expect(await verifyPassword(linWei?.password_hash ?? '', PASSWORD)).toBe(true);
    expect(await verifyPassword(linWei?.password_hash ?? '', 'wrong')).toBe(false);
  });

  it('puts agents in their queues', async () => {
    const queuesOf = async (username: string) =>
      (
        await column(
          `SELECT q.queue_id AS v FROM agent_queues q JOIN agents a ON a.id = q.agent_id WHERE a.username = '${username}'`,
        )
      ).sort();
    expect(await queuesOf('lin.wei')).toEqual(['claims-voice', 'complaints-voice']);
    expect(await queuesOf('sara.ahmadi')).toEqual(['renewals-voice', 'service-chat']);
    expect(await queuesOf('agent07')).toEqual([
      'claims-voice',
      'complaints-voice',
      'renewals-voice',
      'service-chat',
    ]);
  });

  it('has about 30 scripts in three languages covering every root cause, with known placeholders only', async () => {
    const scripts = await rows<{
      body: string;
      language: string;
      root_cause: string | null;
      marketing: boolean;
    }>('SELECT body, language, root_cause, marketing FROM scripts');
    expect(scripts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scripts.map((s) => s.language))).toEqual(new Set(['zh-CN', 'en', 'fa']));
    expect(new Set(scripts.map((s) => s.root_cause).filter(Boolean))).toEqual(new Set(ROOT_CAUSES));
    expect(scripts.some((s) => s.marketing)).toBe(true);
    const allowed = new Set<string>(SCRIPT_PLACEHOLDER_NAMES);
    const used = scripts.flatMap((s) => [...s.body.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''));
    expect(used.filter((name) => !allowed.has(name))).toEqual([]);
  });
});
