import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('gateway config', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4300);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir.endsWith('.firebreak')).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names every bad variable and why, without echoing secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        FIREBREAK_PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        FIREBREAK_WEBHOOK_SECRET: 'short-secret',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('FIREBREAK_PORT="eighty"');
    expect(message).toContain('DATABASE_URL="mysql://x": must start with postgres://');
    expect(message).toContain('FIREBREAK_WEBHOOK_SECRET=(hidden): must be at least 16 characters');
    expect(message).not.toContain('short-secret');
  });

  it('gives the console its thresholds: long hold 10 min, Diamond wait 30 s, both settable', () => {
    expect(loadConfig({})).toMatchObject({ longHoldSeconds: 600, diamondWaitSeconds: 30 });
    expect(loadConfig({ FIREBREAK_LONG_HOLD_SECONDS: '900', FIREBREAK_DIAMOND_WAIT_SECONDS: '45' })).toMatchObject({
      longHoldSeconds: 900,
      diamondWaitSeconds: 45,
    });
    expect(() => loadConfig({ FIREBREAK_DIAMOND_WAIT_SECONDS: '0' })).toThrow(/FIREBREAK_DIAMOND_WAIT_SECONDS="0"/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ FIREBREAK_PORT: '70000' })).toThrow(/FIREBREAK_PORT="70000"/);
  });

  it('signs webhooks with one secret, a 300 s replay window and 100 requests a second per source by default', () => {
    expect(loadConfig({})).toMatchObject({ webhookReplayWindowSeconds: 300, webhookRateLimit: 100 });
    expect(loadConfig({}).webhookSecretPrevious).toBeUndefined();
    expect(
      loadConfig({
        FIREBREAK_WEBHOOK_SECRET: 'the-new-webhook-secret',
        FIREBREAK_WEBHOOK_SECRET_PREVIOUS: 'the-old-webhook-secret',
        FIREBREAK_WEBHOOK_REPLAY_WINDOW_SECONDS: '60',
        FIREBREAK_WEBHOOK_RATE_LIMIT: '500',
      }),
    ).toMatchObject({
      webhookSecret: 'the-new-webhook-secret',
      webhookSecretPrevious: 'the-old-webhook-secret',
      webhookReplayWindowSeconds: 60,
      webhookRateLimit: 500,
    });
  });

  it.each([
    [{ FIREBREAK_WEBHOOK_SECRET_PREVIOUS: 'old-and-short' }, 'FIREBREAK_WEBHOOK_SECRET_PREVIOUS=(hidden): must be at least 16 characters'],
    [
      { FIREBREAK_WEBHOOK_SECRET: 'the-same-webhook-secret', FIREBREAK_WEBHOOK_SECRET_PREVIOUS: 'the-same-webhook-secret' },
      'FIREBREAK_WEBHOOK_SECRET_PREVIOUS=(hidden): must differ from FIREBREAK_WEBHOOK_SECRET',
    ],
    [{ FIREBREAK_WEBHOOK_REPLAY_WINDOW_SECONDS: '5' }, 'FIREBREAK_WEBHOOK_REPLAY_WINDOW_SECONDS="5"'],
    [{ FIREBREAK_WEBHOOK_RATE_LIMIT: '0' }, 'FIREBREAK_WEBHOOK_RATE_LIMIT="0"'],
    [{ FIREBREAK_WEBHOOK_RATE_LIMIT: 'lots' }, 'FIREBREAK_WEBHOOK_RATE_LIMIT="lots"'],
  ])('refuses the webhook settings %o, naming the variable', (env, expected) => {
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(expected);
    expect(message).not.toMatch(/old-and-short|the-same-webhook-secret/);
  });

  it('bounds database waits at 10 s and ingestion at 8 batches / 50 000 customers behind, all settable', () => {
    expect(loadConfig({})).toMatchObject({ dbTimeoutMs: 10_000, ingestMaxInFlight: 8, riskMaxBacklog: 50_000 });
    expect(
      loadConfig({ FIREBREAK_DB_TIMEOUT_MS: '2500', FIREBREAK_INGEST_MAX_IN_FLIGHT: '2', FIREBREAK_RISK_MAX_BACKLOG: '1000' }),
    ).toMatchObject({ dbTimeoutMs: 2500, ingestMaxInFlight: 2, riskMaxBacklog: 1000 });
    expect(() => loadConfig({ FIREBREAK_DB_TIMEOUT_MS: '50' })).toThrow(/FIREBREAK_DB_TIMEOUT_MS="50": must be at least 500 \(ms\)/);
    expect(() => loadConfig({ FIREBREAK_DB_TIMEOUT_MS: '10s' })).toThrow(/FIREBREAK_DB_TIMEOUT_MS="10s"/);
    expect(() => loadConfig({ FIREBREAK_INGEST_MAX_IN_FLIGHT: '0' })).toThrow(/FIREBREAK_INGEST_MAX_IN_FLIGHT="0"/);
    expect(() => loadConfig({ FIREBREAK_RISK_MAX_BACKLOG: '-1' })).toThrow(/FIREBREAK_RISK_MAX_BACKLOG="-1"/);
  });

  it("leaves the PostgreSQL pool's size to its default unless set, and refuses sizes that make no sense", () => {
    expect(loadConfig({}).dbPoolSize).toBeUndefined();
    expect(loadConfig({ FIREBREAK_DB_POOL_SIZE: '' }).dbPoolSize).toBeUndefined();
    expect(loadConfig({ FIREBREAK_DB_POOL_SIZE: '4' }).dbPoolSize).toBe(4);
    expect(() => loadConfig({ FIREBREAK_DB_POOL_SIZE: '0' })).toThrow(/FIREBREAK_DB_POOL_SIZE="0": must be at least 1/);
    expect(() => loadConfig({ FIREBREAK_DB_POOL_SIZE: 'ten' })).toThrow(/FIREBREAK_DB_POOL_SIZE="ten"/);
  });
});
