import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_URL, DesktopConfigError, loadDesktopConfig } from './config.js';

describe('loadDesktopConfig', () => {
  it('defaults the gateway to the local dev gateway', () => {
    expect(loadDesktopConfig({}).gatewayUrl).toBe(DEFAULT_GATEWAY_URL);
    expect(loadDesktopConfig({ FIREBREAK_GATEWAY_URL: '  ' }).gatewayUrl).toBe(DEFAULT_GATEWAY_URL);
  });

  it('accepts http and https gateways, without a trailing slash', () => {
    expect(loadDesktopConfig({ FIREBREAK_GATEWAY_URL: 'https://gw.example.com/' }).gatewayUrl).toBe(
      'https://gw.example.com',
    );
    expect(
      loadDesktopConfig({ FIREBREAK_GATEWAY_URL: 'http://127.0.0.1:4300/base/' }).gatewayUrl,
    ).toBe('http://127.0.0.1:4300/base');
  });

  it('refuses plain http to another machine: the token and customer data must be encrypted', () => {
    expect(() => loadDesktopConfig({ FIREBREAK_GATEWAY_URL: 'http://10.0.0.5:4300' })).toThrow(
      'must use https:// (plain http:// only to localhost or 127.0.0.1)',
    );
  });

  it.each([
    'ftp://gw.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'gw.example.com',
    'http://',
  ])('rejects %s with a message naming the variable, the value and the rule', (value) => {
    const load = () => loadDesktopConfig({ FIREBREAK_GATEWAY_URL: value });

    expect(load).toThrow(DesktopConfigError);
    expect(load).toThrow(
      `FIREBREAK_GATEWAY_URL=${JSON.stringify(value)} must be an http:// or https:// URL.`,
    );
  });

  it.each([
    'https://gw.example.com/?tenant=a',
    'https://gw.example.com/#x',
    'https://gw.example.com/a b',
  ])('rejects %s: the gateway URL is a base that /api/... paths are appended to', (value) => {
    expect(() => loadDesktopConfig({ FIREBREAK_GATEWAY_URL: value })).toThrow(
      'must be a base URL such as https://gateway.example.com',
    );
  });

  it('rejects credentials in the URL without echoing the password', () => {
    const load = () =>
      loadDesktopConfig({ FIREBREAK_GATEWAY_URL: 'https://agent:s3cret@gw.example.com' });

    expect(load).toThrow('must not carry a user name or password');
    expect(load).not.toThrow('s3cret');
  });
});
