import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../testing/auth-helpers.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

const signIn = (gw: TestGateway, username: string, password: string) =>
  postJson(gw.url, '/api/v1/auth/login', { username, password });

describe('brute force on sign-in', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('answers five wrong passwords alike, then 429 with Retry-After, even for the right one', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await signIn(gw, 'lin.wei', `guess-${String(i)}`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'Wrong username or password' },
      });
    }
    const locked = await signIn(gw, 'lin.wei', 'test-password');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(30);
    expect(await locked.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many sign-in attempts. Try again in 30 seconds.',
      },
    });
  });

  it('says the same for a username that does not exist', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await signIn(gw, 'no.such.agent', 'guess');
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'Wrong username or password' },
      });
    }
    const locked = await signIn(gw, 'no.such.agent', 'guess');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('30');
  });

  it('leaves other agents signing in from the same address alone', async () => {
    expect((await signIn(gw, 'chen.jing', 'test-password')).status).toBe(200);
  });
});

describe('brute force from one address', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Few failures per address, many per username: only the address limit is in play.
    gw = await startTestGateway({ loginLimits: { ipFailures: 3, userFreeFailures: 100 } });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('refuses the address for every username once it failed too often', async () => {
    for (const username of ['a', 'b', 'c'])
      expect((await signIn(gw, username, 'guess')).status).toBe(401);
    const refused = await signIn(gw, 'chen.jing', 'test-password');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
  });
});
