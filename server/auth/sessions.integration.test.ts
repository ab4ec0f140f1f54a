import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.js';
import { sessions } from '../db/schema-auth.js';
import {
  ADMIN,
  addAdmin,
  openSocket,
  postJson,
  probe,
  refresh,
  refreshed,
  socketRefusal,
} from '../testing/auth-helpers.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { hashRefreshToken } from './session-repository.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  await addAdmin(gw.database);
});
afterAll(async () => {
  await gw.close();
});

describe('access and refresh tokens', () => {
  it('refuses an expired access token; the refresh token trades for a new pair and is spent', async () => {
    // The sessions' clock moves on instead of the test waiting.
    let offsetMs = 0;
    const short = await startTestGateway({ sessionClock: () => new Date(Date.now() + offsetMs) });
    try {
      const login = await short.login('lin.wei');
      expect(login).toMatchObject({
        agent: { id: 'AG-1' },
        sessionId: expect.any(String) as string,
      });
      expect(Date.parse(login.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * MINUTE);
      expect(Date.parse(login.refreshExpiresAt) - Date.now()).toBeGreaterThan(11 * HOUR);
      expect(await probe(short.url, login.token)).toBe(200);

      offsetMs = 15 * MINUTE + 1000;
      expect(await probe(short.url, login.token)).toBe(401);

      const next = await refreshed(short.url, login.refreshToken);
      expect(next.sessionId).toBe(login.sessionId);
      expect(next.refreshToken).not.toBe(login.refreshToken);
      expect(await probe(short.url, next.token)).toBe(200);

      // The database keeps hashes, never a refresh token.
      const [row] = await short.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, login.sessionId));
      expect(row?.refreshTokenHash).toBe(hashRefreshToken(next.refreshToken));
      expect(JSON.stringify(row)).not.toContain(next.refreshToken);
    } finally {
      await short.close();
    }
  });

  it('ends a session unrefreshed for 12 hours, and any session 24 hours after sign-in', async () => {
    let offsetMs = 0;
    const clocked = await startTestGateway({ sessionClock: () => new Date(Date.now() + offsetMs) });
    try {
      const idle = await clocked.login('lin.wei');
      const busy = await clocked.login('chen.jing');
      offsetMs = 11 * HOUR;
      const busier = await refreshed(clocked.url, busy.refreshToken);
      offsetMs = 12 * HOUR + 1000;
      expect((await refresh(clocked.url, idle.refreshToken)).status).toBe(401);
      const busiest = await refreshed(clocked.url, busier.refreshToken);
      expect(Date.parse(busiest.refreshExpiresAt) - Date.parse(busy.refreshExpiresAt)).toBe(
        12 * HOUR,
      );
      offsetMs = 24 * HOUR + 1000;
      expect((await refresh(clocked.url, busiest.refreshToken)).status).toBe(401);
    } finally {
      await clocked.close();
    }
  });

  it('ends the whole session when a spent refresh token comes back (reuse: a stolen copy)', async () => {
    const login = await gw.login('lin.wei');
    const next = await refreshed(gw.url, login.refreshToken);
    const desktop = await openSocket(gw.url, next.token);

    expect((await refresh(gw.url, login.refreshToken)).status).toBe(401);

    expect(await desktop.disconnected).toBe('io server disconnect');
    expect((await refresh(gw.url, next.refreshToken)).status).toBe(401);
    const [row] = await gw.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, login.sessionId));
    expect(row).toMatchObject({ revokedReason: 'refresh_reuse' });
  });

  it('refuses a refresh token it never issued, without harming anyone', async () => {
    expect((await refresh(gw.url, 'not-a-token')).status).toBe(401);
  });
});

describe('sign-out', () => {
  it('refuses the access token at once and disconnects the session’s desktop, leaving other sessions be', async () => {
    const login = await gw.login('chen.jing');
    const other = await gw.login('chen.jing');
    const desktop = await openSocket(gw.url, login.token);
    const otherDesktop = await openSocket(gw.url, other.token);

    const out = await postJson(gw.url, '/api/v1/auth/logout', { refreshToken: login.refreshToken });
    expect(out.status).toBe(204);

    expect(await probe(gw.url, login.token)).toBe(401);
    expect(await desktop.disconnected).toBe('io server disconnect');
    expect(await socketRefusal(gw.url, login.token)).toBe('unauthorized');
    expect((await refresh(gw.url, login.refreshToken)).status).toBe(401);

    expect(await probe(gw.url, other.token)).toBe(200);
    expect(otherDesktop.socket.connected).toBe(true);
    otherDesktop.close();
  });
});

describe('disabling an agent', () => {
  it('ends every session and desktop of the agent at once, and refuses sign-in until enabled', async () => {
    const admin = await gw.login(ADMIN.username);
    const first = await gw.login('sara.ahmadi');
    const second = await gw.login('sara.ahmadi');
    const desktops = await Promise.all([
      openSocket(gw.url, first.token),
      openSocket(gw.url, second.token),
    ]);

    const disabled = await gw.api('POST', '/api/v1/admin/agents/AG-4/disable', admin.token);
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toEqual({ agentId: 'AG-4', disabled: true, sessionsRevoked: 2 });

    for (const desktop of desktops) expect(await desktop.disconnected).toBe('io server disconnect');
    for (const session of [first, second]) {
      expect(await probe(gw.url, session.token)).toBe(401);
      expect((await refresh(gw.url, session.refreshToken)).status).toBe(401);
    }
    const refused = await postJson(gw.url, '/api/v1/auth/login', {
      username: 'sara.ahmadi',
      password: 'test-password',
    });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: 'unauthorized', message: 'Wrong username or password' },
    });

    const audit = await gw.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agent.disabled'), eq(auditEvents.actor, ADMIN.id)));
    expect(audit.map((a) => a.detail)).toEqual([{ agentId: 'AG-4', sessionsRevoked: 2 }]);

    const enabled = await gw.api('POST', '/api/v1/admin/agents/AG-4/enable', admin.token);
    expect(await enabled.json()).toEqual({ agentId: 'AG-4', disabled: false, sessionsRevoked: 0 });
    const back = await gw.login('sara.ahmadi');
    expect(await probe(gw.url, back.token)).toBe(200);
    // Enabling brings no old session back.
    expect(await probe(gw.url, second.token)).toBe(401);
  });

  it('is for admins only: team leads and agents get 403, nobody signed in 401', async () => {
    const lead = await gw.login('zhang.lead');
    const csr = await gw.login('chen.jing');
    for (const who of [lead, csr]) {
      for (const action of ['disable', 'enable']) {
        const res = await gw.api('POST', `/api/v1/admin/agents/AG-1/${action}`, who.token);
        expect(res.status).toBe(403);
      }
    }
    expect((await postJson(gw.url, '/api/v1/admin/agents/AG-1/disable', {})).status).toBe(401);
    expect(await probe(gw.url, (await gw.login('lin.wei')).token)).toBe(200);
  });

  it('answers 404 for an unknown agent and 409 for the admin’s own account', async () => {
    const admin = await gw.login(ADMIN.username);
    expect((await gw.api('POST', '/api/v1/admin/agents/AG-404/disable', admin.token)).status).toBe(
      404,
    );
    expect(
      (await gw.api('POST', `/api/v1/admin/agents/${ADMIN.id}/disable`, admin.token)).status,
    ).toBe(409);
  });
});
