import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp.js';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('buildContentSecurityPolicy', () => {
  it('allows the renderer its own files and nothing by default', () => {
    const policy = directives(buildContentSecurityPolicy({ gatewayUrl: 'http://127.0.0.1:4300' }));

    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // The ring sound plays from the app's own files, never from elsewhere.
    expect(policy.get('media-src')).toEqual(["'self'"]);
  });

  it('never allows eval, and allows inline script only for the dev server’s React Refresh preamble', () => {
    const built = buildContentSecurityPolicy({ gatewayUrl: 'https://gw.example.com' });
    const dev = buildContentSecurityPolicy({
      gatewayUrl: 'https://gw.example.com',
      devServerOrigin: 'http://localhost:5173',
    });

    expect(built).not.toContain("'unsafe-eval'");
    expect(dev).not.toContain("'unsafe-eval'");
    expect(directives(built).get('script-src')).toEqual(["'self'"]);
    expect(directives(dev).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('lets the renderer reach the configured gateway over http and websocket', () => {
    expect(
      directives(buildContentSecurityPolicy({ gatewayUrl: 'http://127.0.0.1:4300' })).get(
        'connect-src',
      ),
    ).toEqual(["'self'", 'http://127.0.0.1:4300', 'ws://127.0.0.1:4300']);
    expect(
      directives(buildContentSecurityPolicy({ gatewayUrl: 'https://gw.example.com/api' })).get(
        'connect-src',
      ),
    ).toEqual(["'self'", 'https://gw.example.com', 'wss://gw.example.com']);
  });

  it('adds the dev server (modules and HMR socket) only in development', () => {
    const policy = buildContentSecurityPolicy({
      gatewayUrl: 'http://127.0.0.1:4300',
      devServerOrigin: 'http://localhost:5173',
    });
    expect(directives(policy).get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:4300',
      'ws://127.0.0.1:4300',
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
  });
});
