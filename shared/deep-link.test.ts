import { describe, expect, it } from 'vitest';
import { DEEP_LINK_MAX_LENGTH, findDeepLinkArgument, parseDeepLink } from './deep-link.js';

describe('parseDeepLink', () => {
  it.each([
    ['firebreak://customer/C-1042', { kind: 'customer', customerId: 'C-1042' }],
    ['firebreak://contact/ct_9f3a', { kind: 'contact', contactId: 'ct_9f3a' }],
    ['firebreak://customer/C-1042/', { kind: 'customer', customerId: 'C-1042' }],
    [`firebreak://contact/${'x'.repeat(64)}`, { kind: 'contact', contactId: 'x'.repeat(64) }],
  ])('opens %s', (raw, link) => {
    expect(parseDeepLink(raw)).toEqual({ ok: true, link });
  });

  it.each([
    ['another scheme', 'https://customer/1'],
    ['javascript:', 'javascript:alert(1)//firebreak://customer/1'],
    ['a look-alike scheme', 'firebreak2://customer/1'],
    ['an upper-case scheme', 'FIREBREAK://customer/1'],
    ['an upper-case view', 'firebreak://CUSTOMER/1'],
    ['an unknown view', 'firebreak://settings/1'],
    ['no slashes', 'firebreak:customer/1'],
    ['one slash', 'firebreak:/customer/1'],
    ['three slashes', 'firebreak:///customer/1'],
    ['dot segments', 'firebreak://customer/../../etc'],
    ['a dot-dot id', 'firebreak://customer/..'],
    ['encoded dot segments', 'firebreak://customer/%2e%2e%2f%2e%2e'],
    ['percent-encoding', 'firebreak://customer/C%2D1'],
    ['a query string', 'firebreak://customer/1?next=https://evil.example'],
    ['an empty query', 'firebreak://customer/1?'],
    ['a fragment', 'firebreak://contact/1#x'],
    ['user@host', 'firebreak://evil@customer/1'],
    ['user:password@host', 'firebreak://a:b@customer/1'],
    ['a port', 'firebreak://customer:80/1'],
    ['an empty id', 'firebreak://customer/'],
    ['no id', 'firebreak://customer'],
    ['two ids', 'firebreak://customer/1/2'],
    ['two slashes after the id', 'firebreak://customer/1//'],
    ['a unicode id', 'firebreak://customer/客户1'],
    ['a look-alike unicode id', 'firebreak://customer/С1'], // Cyrillic С
    ['a bidi override', 'firebreak://customer/1\u202egnp'],
    ['a newline', 'firebreak://customer/1\nfirebreak://customer/2'],
    ['a carriage return', 'firebreak://customer/1\r'],
    ['a NUL', 'firebreak://customer/1\u0000'],
    ['a tab', 'firebreak://customer/\t1'],
    ['a space', 'firebreak://customer/ 1'],
    ['a leading space', ' firebreak://customer/1'],
    ['a backslash', 'firebreak://customer\\1'],
    ['an id over 64 characters', `firebreak://customer/${'x'.repeat(65)}`],
    ['a 10 kB URL', `firebreak://customer/${'1'.repeat(10_000)}`],
    ['an empty string', ''],
  ])('refuses %s, with a reason', (_case, raw) => {
    const result = parseDeepLink(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/\w/);
  });

  it.each([
    null,
    undefined,
    42,
    { toString: () => 'firebreak://customer/1' },
    ['firebreak://customer/1'],
  ])('refuses a non-string (%j)', (raw) => {
    expect(parseDeepLink(raw)).toEqual({ ok: false, reason: 'not a string' });
  });

  it('says why, so a support desk can tell a typo from an attack', () => {
    expect(parseDeepLink('firebreak://customer/a.b')).toEqual({
      ok: false,
      reason: 'the ID must be 1 to 64 letters, digits, "-" or "_"',
    });
    expect(parseDeepLink('x'.repeat(DEEP_LINK_MAX_LENGTH + 1))).toEqual({
      ok: false,
      reason: `longer than ${String(DEEP_LINK_MAX_LENGTH)} characters`,
    });
    expect(parseDeepLink('firebreak://customer/1\n')).toEqual({
      ok: false,
      reason: 'contains spaces, backslashes or control characters',
    });
  });
});

describe('findDeepLinkArgument', () => {
  it('finds the link among Chromium switches and the app path', () => {
    expect(
      findDeepLinkArgument([
        'C:\\Program Files\\Firebreak\\Firebreak.exe',
        '--allow-file-access-from-files',
        'firebreak://contact/7',
      ]),
    ).toBe('firebreak://contact/7');
  });

  it('finds a link in any case, so that a refused one is still logged', () => {
    expect(findDeepLinkArgument(['/opt/firebreak', 'FireBreak://customer/1'])).toBe(
      'FireBreak://customer/1',
    );
  });

  it('is null when the command line holds no link', () => {
    expect(
      findDeepLinkArgument(['/opt/firebreak', '--no-sandbox', 'https://firebreak.example.com']),
    ).toBeNull();
  });
});
