import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../db/schema.js';
import {
  aContact,
  startTestGateway,
  TEST_WEBHOOK_SECRET,
  type TestGateway,
} from '../testing/harness.js';
import { SIGNATURE_HEADER, SOURCE_HEADER, webhookHeaders } from './signature.js';

/** Signed webhooks through the real HTTP app: rotation, replay window, replays, forgeries, limits. */
const PREVIOUS_SECRET = 'the-previous-webhook-secret-42';
const LIMIT = 5;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({
    config: { webhookSecretPrevious: PREVIOUS_SECRET, webhookRateLimit: LIMIT },
  });
});
afterAll(async () => {
  await gw.close();
});

interface Signing {
  secret?: string;
  source?: string;
  /** Unix seconds; now by default. */
  timestamp?: number;
  /** Headers to send instead of (or over) the signed ones. */
  headers?: Record<string, string>;
}

/** A request as an integration sends it; returns the request too, so a test can send it again. */
function signedRequest(path: string, body: unknown, signing: Signing = {}) {
  const raw = JSON.stringify(body);
  const headers = {
    'content-type': 'application/json',
    ...webhookHeaders({
      secret: signing.secret ?? TEST_WEBHOOK_SECRET,
      source: signing.source ?? 'cti',
      rawBody: raw,
      ...(signing.timestamp === undefined ? {} : { timestamp: signing.timestamp }),
    }),
    ...signing.headers,
  };
  const send = () => fetch(`${gw.url}${path}`, { method: 'POST', headers, body: raw });
  return { headers, send };
}
const postContact = (signing: Signing = {}) =>
  signedRequest('/api/v1/contacts', aContact(), signing).send();

const contactCount = async () =>
  (await gw.database.db.select({ n: count() }).from(contacts))[0]?.n ?? 0;
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;
const now = () => Math.floor(Date.now() / 1000);

describe('signed integration webhooks', () => {
  it('accepts a contact signed with the current secret, and with the previous one during a rotation', async () => {
    expect((await postContact({ source: 'rotation' })).status).toBe(202);
    expect((await postContact({ source: 'rotation', secret: PREVIOUS_SECRET })).status).toBe(202);
  });

  it('refuses a stale, forged or re-addressed signature with 401 saying which rule failed, storing nothing', async () => {
    const before = await contactCount();
    const cases: [string, Signing, RegExp, string][] = [
      ['stale', { timestamp: now() - 301 }, /outside the 300 s replay window/, SIGNATURE_HEADER],
      [
        'from the future',
        { timestamp: now() + 3600 },
        /outside the 300 s replay window/,
        SIGNATURE_HEADER,
      ],
      [
        'forged',
        { secret: 'not-the-webhook-secret-at-all' },
        /Wrong x-firebreak-signature/,
        SIGNATURE_HEADER,
      ],
      // Signed as "cti", sent as "portal": the source is in the MAC, so it cannot borrow a budget.
      [
        're-addressed',
        { headers: { [SOURCE_HEADER]: 'portal' } },
        /Wrong x-firebreak-signature/,
        SIGNATURE_HEADER,
      ],
      [
        'old scheme',
        { headers: { [SIGNATURE_HEADER]: `sha256=${'0'.repeat(64)}` } },
        /Malformed x-firebreak-signature/,
        SIGNATURE_HEADER,
      ],
      [
        'badly named',
        { headers: { [SOURCE_HEADER]: 'CTI Platform' } },
        /Bad x-firebreak-source/,
        SOURCE_HEADER,
      ],
    ];
    for (const [name, signing, message, header] of cases) {
      const res = await postContact({ source: 'refusals', ...signing });
      expect(res.status, name).toBe(401);
      const error = await errorOf(res);
      expect(error, name).toMatchObject({ code: 'bad_signature', field: `headers.${header}` });
      expect(error.message, name).toMatch(message);
      expect(error.message, name).not.toContain(TEST_WEBHOOK_SECRET);
    }
    const unsigned = await fetch(`${gw.url}/api/v1/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(aContact()),
    });
    expect(unsigned.status).toBe(401);
    expect((await errorOf(unsigned)).message).toMatch(/Missing x-firebreak-source/);
    expect(await contactCount()).toBe(before);
  });

  it('refuses an exact replay of an accepted request, on any signed route', async () => {
    const request = signedRequest('/api/v1/contacts', aContact(), { source: 'replays' });
    expect((await request.send()).status).toBe(202);
    const before = await contactCount();
    const replayed = await request.send();
    expect(replayed.status).toBe(401);
    expect(await errorOf(replayed)).toMatchObject({
      code: 'bad_signature',
      message: expect.stringMatching(/already used/) as unknown,
    });
    // The same signature on another route is no better.
    const elsewhere = await fetch(`${gw.url}/api/v1/contacts/hangup`, {
      method: 'POST',
      headers: request.headers,
      body: '{}',
    });
    expect(elsewhere.status).toBe(401);
    expect(await contactCount()).toBe(before);
  });

  it('guards the touchpoint and hang-up routes the same way', async () => {
    for (const path of ['/api/v1/touchpoints', '/api/v1/contacts/hangup']) {
      const forged = signedRequest(
        path,
        { events: [] },
        { source: 'guards', secret: 'not-the-webhook-secret-at-all' },
      );
      expect((await forged.send()).status, path).toBe(401);
    }
    const hangup = await signedRequest(
      '/api/v1/contacts/hangup',
      { externalId: 'never-seen' },
      { source: 'guards' },
    ).send();
    expect(hangup.status).toBe(404);
  });

  it('limits each source on its own: 429 with Retry-After over the limit, other sources unaffected', async () => {
    // Refused requests are not counted: nobody can spend an integration's budget by naming it.
    for (let i = 0; i < LIMIT * 2; i += 1) {
      expect(
        (await postContact({ source: 'busy', secret: 'not-the-webhook-secret-at-all' })).status,
      ).toBe(401);
    }
    const burst = await Promise.all(
      Array.from({ length: LIMIT + 1 }, () => postContact({ source: 'busy' })),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([...Array<number>(LIMIT).fill(202), 429]);
    const limited = burst.find((r) => r.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await errorOf(limited as Response)).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(
        /Source "busy" is over its limit of 5 requests a second/,
      ) as unknown,
    });
    expect((await postContact({ source: 'quiet' })).status).toBe(202);
  });
});
