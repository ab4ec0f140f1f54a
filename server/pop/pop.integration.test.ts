import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopBundle } from '../../shared/schemas/pop.js';
import type { TimelinePage } from '../../shared/schemas/touchpoint.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

let gw: TestGateway;
let token: string;
beforeAll(async () => {
  gw = await startTestGateway();
  token = (await gw.login('lin.wei')).token;
  // lin.wei is a specialist: customers outside their contacts open with a stated reason (a grant
  // for the next hour, see server/access/customer-access.ts).
  for (const id of ['CUS-1', 'CUS-2', 'CUS-3', 'CUS-4']) {
    const res = await gw.api('GET', `/api/v1/customers/${id}/pop?reason=${encodeURIComponent('Reviewing the case file')}`, token);
    if (res.status !== 200) throw new Error(`opening ${id}: ${String(res.status)}`);
  }
});
afterAll(async () => {
  await gw.close();
});

const get = (path: string, auth: string | null = token) =>
  fetch(`${gw.url}${path}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });

describe('the pop over HTTP', () => {
  it('serves the pop bundle to a signed-in agent, masked', async () => {
    const res = await get('/api/v1/customers/CUS-1/pop');
    expect(res.status).toBe(200);
    const pop = (await res.json()) as PopBundle;
    expect(pop.customer.name).toBe('王芳');
    expect(JSON.stringify(pop)).not.toContain('13800000001');
    expect(JSON.stringify(pop)).not.toContain('110101199003071234');
    expect(pop.customer.emailMasked).toBe('w***@example.com');
  });

  it('refuses without a token or with a forged one, and 404s an unknown customer', async () => {
    expect((await get('/api/v1/customers/CUS-1/pop', null)).status).toBe(401);
    expect((await get('/api/v1/customers/CUS-1/pop', 'x.y.z')).status).toBe(401);
    const missing = await get(`/api/v1/customers/CUS-404/pop?reason=${encodeURIComponent('Looking for a caller')}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found', field: 'id' } });
    // Without a reason a specialist learns nothing, not even whether the customer exists.
    expect((await get('/api/v1/customers/CUS-405/pop')).status).toBe(403);
  });

  it('pages the timeline with a cursor, newest first, without gaps or repeats', async () => {
    const first = (await (await get('/api/v1/customers/CUS-1/timeline?limit=25')).json()) as TimelinePage;
    expect(first.items).toHaveLength(25);
    const seen = first.items.map((i) => i.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await (await get(`/api/v1/customers/CUS-1/timeline?limit=25&before=${cursor}`)).json()) as TimelinePage;
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    const bad = await get('/api/v1/customers/CUS-1/timeline?before=garbage');
    expect(bad.status).toBe(400);
  });

  it('offers only scripts in the customer\'s language, and no marketing without consent', async () => {
    const pop = (await (await get('/api/v1/customers/CUS-2/pop')).json()) as PopBundle;
    expect(pop.scripts.map((s) => s.id)).toEqual(['opening.en', 'health-cross-sell.en']);
    expect(pop.scripts[0]?.text).toBe('Hello Oliver Grant, this is 林伟. I have your details in front of me.');
    const zh = (await (await get('/api/v1/customers/CUS-3/pop')).json()) as PopBundle;
    expect(zh.scripts).toEqual([]);
  });

  it('publishes the OpenAPI document generated from the schemas', async () => {
    const res = await fetch(`${gw.url}/docs/json`);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/contacts', '/api/v1/touchpoints', '/api/v1/customers/{id}/pop', '/api/v1/auth/login']),
    );
  });
});
