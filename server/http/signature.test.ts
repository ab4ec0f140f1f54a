import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ReplayCache } from './replay-cache.js';
import {
  parseSignatureHeader,
  signWebhook,
  verifyWebhookSignature,
  webhookHeaders,
  type VerifyInput,
} from './signature.js';

const CURRENT = 'current-webhook-secret-0123456789';
const PREVIOUS = 'previous-webhook-secret-0123456789';
const NOW = 1_700_000_000_500; // ms; the gateway's clock in these tests
const T = Math.floor(NOW / 1000);
const BODY = '{"externalId":"cti-1"}';

const signed = (
  overrides: { secret?: string; source?: string; body?: string; timestamp?: number } = {},
) =>
  signWebhook({
    secret: overrides.secret ?? CURRENT,
    source: overrides.source ?? 'cti',
    rawBody: overrides.body ?? BODY,
    timestamp: overrides.timestamp ?? T,
  });

const verify = (input: Partial<VerifyInput> = {}) =>
  verifyWebhookSignature({
    secrets: [CURRENT],
    source: 'cti',
    header: signed(),
    rawBody: Buffer.from(BODY),
    now: NOW,
    windowSeconds: 300,
    ...input,
  });

describe('signWebhook', () => {
  it('is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<source>.<raw body>">', () => {
    const expected = createHmac('sha256', CURRENT)
      .update(`${String(T)}.cti.${BODY}`)
      .digest('hex');
    expect(signed()).toBe(`t=${String(T)},v1=${expected}`);
    expect(webhookHeaders({ secret: CURRENT, source: 'cti', rawBody: BODY, timestamp: T })).toEqual(
      {
        'x-firebreak-source': 'cti',
        'x-firebreak-signature': `t=${String(T)},v1=${expected}`,
      },
    );
  });

  it('signs now unless told otherwise, and refuses a source name the gateway would refuse', () => {
    const header = signWebhook({ secret: CURRENT, source: 'portal-2', rawBody: BODY });
    expect(
      Math.abs((parseSignatureHeader(header)?.timestamp ?? 0) - Date.now() / 1000),
    ).toBeLessThan(5);
    expect(() => signWebhook({ secret: CURRENT, source: 'Portal', rawBody: BODY })).toThrow(
      /source/,
    );
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts a good signature, with t and v1 in either order', () => {
    expect(verify()).toMatchObject({ ok: true, timestamp: T });
    const [t, v1] = signed().split(',');
    expect(verify({ header: `${v1 ?? ''},${t ?? ''}` })).toMatchObject({ ok: true });
  });

  it('accepts either secret while keys rotate, and only the configured ones', () => {
    const byPrevious = signed({ secret: PREVIOUS });
    expect(verify({ secrets: [CURRENT, PREVIOUS], header: byPrevious })).toMatchObject({
      ok: true,
    });
    expect(verify({ secrets: [CURRENT, PREVIOUS], header: signed() })).toMatchObject({ ok: true });
    expect(verify({ secrets: [CURRENT], header: byPrevious })).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it.each([
    ['no source header', { source: undefined }, 'missing_source', /Missing x-firebreak-source/],
    ['an empty source', { source: '' }, 'missing_source', /Missing x-firebreak-source/],
    ['an upper-case source', { source: 'CTI' }, 'bad_source', /Bad x-firebreak-source/],
    ['a 41-character source', { source: 'a'.repeat(41) }, 'bad_source', /Bad x-firebreak-source/],
    [
      'no signature header',
      { header: undefined },
      'missing',
      /Missing x-firebreak-signature: expected t=/,
    ],
    ['the old sha256= scheme', { header: `sha256=${'0'.repeat(64)}` }, 'malformed', /Malformed/],
    ['no v1', { header: `t=${String(T)}` }, 'malformed', /Malformed/],
    [
      't twice',
      { header: `t=${String(T)},t=${String(T)},v1=${'0'.repeat(64)}` },
      'malformed',
      /Malformed/,
    ],
    ['an unknown part', { header: `${signed()},v0=abc` }, 'malformed', /Malformed/],
    ['a short MAC', { header: `t=${String(T)},v1=abcd` }, 'malformed', /Malformed/],
    ['a non-numeric t', { header: `t=soon,v1=${'0'.repeat(64)}` }, 'malformed', /Malformed/],
  ] as const)('refuses %s, saying so', (_name, input, reason, message) => {
    const result = verify(input);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  it.each([
    ['another secret', { header: signed({ secret: 'someone-elses-secret-0123456789' }) }],
    ['another source name', { source: 'portal' }],
    ['another body', { rawBody: Buffer.from('{"externalId":"cti-2"}') }],
    ['another timestamp', { header: signed().replace(`t=${String(T)}`, `t=${String(T - 1)}`) }],
  ])('refuses a MAC made for %s', (_name, input) => {
    expect(verify(input)).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('accepts timestamps up to the window away, either way, and refuses one second more', () => {
    for (const offset of [-300, 300, 0]) {
      expect(
        verify({ header: signed({ timestamp: T + offset }) }),
        `offset ${String(offset)}`,
      ).toMatchObject({ ok: true });
    }
    for (const offset of [-301, 301, -86_400]) {
      const result = verify({ header: signed({ timestamp: T + offset }) });
      expect(result, `offset ${String(offset)}`).toMatchObject({ ok: false, reason: 'stale' });
      expect(result.ok ? '' : result.message).toContain('outside the 300 s replay window');
    }
    expect(verify({ header: signed({ timestamp: T - 30 }), windowSeconds: 29 })).toMatchObject({
      reason: 'stale',
    });
  });

  it('never echoes a secret in its messages', () => {
    const messages = [
      verify({ header: signed({ secret: PREVIOUS }) }),
      verify({ header: signed({ timestamp: T - 1000 }) }),
      verify({ header: 'garbage' }),
    ].map((r) => (r.ok ? '' : r.message));
    for (const message of messages) {
      expect(message).not.toContain(CURRENT);
      expect(message).not.toContain(PREVIOUS);
    }
  });
});

describe('ReplayCache', () => {
  it('refuses a key it holds until the key expires', () => {
    const cache = new ReplayCache();
    expect(cache.remember('a', 2000, 1000)).toBe(true);
    expect(cache.remember('a', 2000, 1999)).toBe(false);
    expect(cache.remember('a', 4000, 2000)).toBe(true);
  });

  it('forgets a key on request', () => {
    const cache = new ReplayCache();
    cache.remember('a', 2000, 1000);
    cache.forget('a');
    expect(cache.remember('a', 2000, 1000)).toBe(true);
  });

  it('stays within its capacity, dropping expired entries first and then the oldest', () => {
    const cache = new ReplayCache(3);
    cache.remember('a', 1500, 1000);
    cache.remember('b', 5000, 1000);
    cache.remember('c', 5000, 1000);
    cache.remember('d', 5000, 2000); // 'a' has expired: it goes
    expect(cache.size).toBe(3);
    expect(cache.remember('b', 5000, 2000)).toBe(false);
    cache.remember('e', 5000, 2000); // full of live entries: the oldest ('b') goes
    expect(cache.size).toBe(3);
    expect(cache.remember('c', 5000, 2000)).toBe(false);
    expect(cache.remember('b', 5000, 2000)).toBe(true);
  });
});
