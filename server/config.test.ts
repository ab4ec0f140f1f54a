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

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ FIREBREAK_PORT: '70000' })).toThrow(/FIREBREAK_PORT="70000"/);
  });
});
