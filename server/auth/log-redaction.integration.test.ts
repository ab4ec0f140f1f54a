import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { openSocket, postJson, refreshed, socketRefusal } from '../testing/auth-helpers.js';
import { FIXTURE_PASSWORD } from '../testing/fixtures.js';
import { startTestGateway, TEST_WEBHOOK_SECRET, type TestGateway } from '../testing/harness.js';

const TOKEN_SECRET = 'log-test-token-secret-0123456789-abcdef';
const WRONG_PASSWORD = 'wrong-password-that-must-not-be-logged';

/** Everything the gateway logged, at trace level, as the text a log shipper would see. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({
    logger: createLogger('trace', sink),
    config: { tokenSecret: TOKEN_SECRET },
  });
});
afterAll(async () => {
  await gw.close();
});

describe('what the gateway logs during sign-in, refresh, a socket and sign-out', () => {
  it('holds no password, token, refresh token or secret', async () => {
    const login = await gw.login('lin.wei');
    const failed = await postJson(gw.url, '/api/v1/auth/login', {
      username: 'lin.wei',
      password: WRONG_PASSWORD,
    });
    expect(failed.status).toBe(401);
    const next = await refreshed(gw.url, login.refreshToken);
    const desktop = await openSocket(gw.url, next.token);
    expect(await socketRefusal(gw.url, login.refreshToken)).toBe('unauthorized');
    // A replayed refresh token is logged as a warning: with ids, not the token.
    await postJson(gw.url, '/api/v1/auth/refresh', { refreshToken: login.refreshToken });
    await desktop.disconnected;
    const again = await gw.login('lin.wei');
    await postJson(gw.url, '/api/v1/auth/logout', { refreshToken: again.refreshToken });

    const log = lines.join('');
    // The log did record what happened…
    expect(log).toContain('session opened');
    expect(log).toContain('sign-in refused');
    expect(log).toContain('a rotated refresh token was used again');
    expect(log).toContain('desktop connected');
    expect(log).toContain('signed out');
    // …and none of the secrets it went through.
    const secrets = {
      password: FIXTURE_PASSWORD,
      wrongPassword: WRONG_PASSWORD,
      accessToken: login.token,
      nextAccessToken: next.token,
      refreshToken: login.refreshToken,
      nextRefreshToken: next.refreshToken,
      lastRefreshToken: again.refreshToken,
      tokenSecret: TOKEN_SECRET,
      webhookSecret: TEST_WEBHOOK_SECRET,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      expect(log.includes(secret), `${name} appears in the log`).toBe(false);
    }
  });
});
