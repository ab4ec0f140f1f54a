import path from 'node:path';
import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { DeepLink } from '../../shared/deep-link.js';
import { fakeElectron } from '../testing/fake-electron.js';
import { quoteUntrustedUrl, registerDeepLinks } from './deep-links.js';
import type { DeepLinkDeps } from './deep-links.js';
import { createRendererReadiness } from './renderer-readiness.js';

const fake = fakeElectron();
const EXE = '/opt/Firebreak/firebreak';
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  fake.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Registers like the packaged app launched with `argv`; returns what reached onLink and focus. */
function register(deps: Partial<DeepLinkDeps> = {}) {
  const links: DeepLink[] = [];
  const focus = vi.fn();
  const registration = registerDeepLinks({
    onLink: (link) => links.push(link),
    focus,
    isPackaged: true,
    argv: [EXE],
    ...deps,
  });
  return { links, focus, registration };
}

const warnings = () => warn.mock.calls.map((call) => call.join(' '));

describe('registering the firebreak scheme with the OS', () => {
  it('registers the packaged app itself', () => {
    register();

    expect(fake.app.protocolClients).toEqual([
      { protocol: 'firebreak', path: undefined, args: undefined },
    ]);
  });

  it('in development, registers Electron with the app path, made absolute', () => {
    register({
      isPackaged: false,
      argv: ['/repo/node_modules/electron/dist/electron', '.'],
      execPath: '/repo/node_modules/electron/dist/electron',
    });

    expect(fake.app.protocolClients).toEqual([
      {
        protocol: 'firebreak',
        path: '/repo/node_modules/electron/dist/electron',
        args: [path.resolve('.')],
      },
    ]);
  });

  it('in development without an app path, registers nothing and says why', () => {
    register({ isPackaged: false, argv: ['/repo/node_modules/electron/dist/electron'] });

    expect(fake.app.protocolClients).toEqual([]);
    expect(warnings()).toEqual([expect.stringContaining('Deep links are not registered')]);
  });
});

describe('the two links a softphone or CRM sends', () => {
  it.each([
    ['firebreak://customer/C-1042', { kind: 'customer', customerId: 'C-1042' }],
    ['firebreak://contact/ct_9f3a', { kind: 'contact', contactId: 'ct_9f3a' }],
  ] as const)('%s opens the right view, from every source', (url, link) => {
    const { links } = register({ argv: [EXE, '--no-sandbox', url] }); // Windows/Linux, first launch
    fake.app.launchSecondInstance([EXE, url]); // Windows/Linux, app already running
    expect(fake.app.openUrl(url)).toBe(true); // macOS: handled, so preventDefault was called

    expect(links).toEqual([link, link, link]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('a second launch', () => {
  it('focuses the running app, even without a link', () => {
    const { focus, links } = register();

    fake.app.launchSecondInstance([EXE]);

    expect(focus).toHaveBeenCalledOnce();
    expect(links).toEqual([]);
  });

  it('focuses the running app before opening its link', () => {
    const calls: string[] = [];
    registerDeepLinks({
      onLink: () => calls.push('link'),
      focus: () => calls.push('focus'),
      isPackaged: true,
      argv: [EXE],
    });

    fake.app.launchSecondInstance([EXE, '--allow-file-access-from-files', 'firebreak://contact/7']);

    expect(calls).toEqual(['focus', 'link']);
  });
});

describe('hostile links', () => {
  const HOSTILE = [
    ['another scheme', 'https://evil.example/customer/1'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['a look-alike scheme', 'firebreak-evil://customer/1'],
    ['an upper-case scheme', 'FIREBREAK://customer/1'],
    ['no slashes', 'firebreak:customer/1'],
    ['dot segments', 'firebreak://customer/../../etc'],
    ['encoded dot segments', 'firebreak://customer/%2e%2e%2f%2e%2e%2fetc'],
    ['percent-encoding', 'firebreak://customer/C%2D1'],
    ['a query string', 'firebreak://customer/1?next=https://evil.example'],
    ['a fragment', 'firebreak://contact/1#<script>'],
    ['user@host', 'firebreak://attacker@customer/1'],
    ['an empty id', 'firebreak://customer/'],
    ['two ids', 'firebreak://customer/1/2'],
    ['a unicode id', 'firebreak://customer/客户'],
    ['a bidi override', 'firebreak://customer/1\u202egnp.exe'],
    ['newline injection', 'firebreak://customer/1\n[firebreak:main] Signed in as admin'],
    ['NUL injection', 'firebreak://customer/1\u0000.html'],
    ['a 10 kB URL', `firebreak://customer/${'A'.repeat(10_240)}`],
  ] as const;

  it.each(HOSTILE)('refuses %s from macOS, and logs it with the reason', (_case, url) => {
    const { links, focus } = register();

    expect(fake.app.openUrl(url)).toBe(true);

    expect(links).toEqual([]);
    expect(focus).not.toHaveBeenCalled();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^\[firebreak:main\] Refused a deep link from macOS \(open-url\) \(.+\): "/,
    );
  });

  it.each(HOSTILE)('refuses %s from the command line and a second launch', (_case, url) => {
    const { links } = register({ argv: [EXE, url] });
    fake.app.launchSecondInstance([EXE, url]);

    expect(links).toEqual([]);
  });

  it('logs at most 100 characters of the URL, with control characters escaped', () => {
    const { links } = register();

    fake.app.openUrl('firebreak://customer/1\n[firebreak:main] forged\u0000\u202e');
    fake.app.openUrl(`firebreak://customer/${'A'.repeat(10_240)}`);

    expect(links).toEqual([]);
    const [injected, long] = warnings();
    expect(injected).toBe(
      '[firebreak:main] Refused a deep link from macOS (open-url) (contains spaces, backslashes or control characters): ' +
        '"firebreak://customer/1\\n[firebreak:main] forged\\u{0}\\u{202e}"',
    );
    expect(injected).not.toContain('\n');
    expect(long).toContain(`"firebreak://customer/${'A'.repeat(79)}"… (10161 more characters)`);
    expect(long!.length).toBeLessThan(250);
  });
});

describe('quoteUntrustedUrl', () => {
  it('escapes quotes and backslashes, so the quoted text cannot end early', () => {
    expect(quoteUntrustedUrl('a"b\\c\td')).toBe('"a\\"b\\\\c\\td"');
  });
});

describe('timing', () => {
  it('takes macOS links that arrive before the app is ready (registered in the first tick)', () => {
    const { links } = register();

    fake.app.openUrl('firebreak://customer/1');

    expect(app.isReady()).toBe(false);
    expect(links).toEqual([{ kind: 'customer', customerId: '1' }]);
  });

  it('with renderer readiness, holds links until the renderer is ready, then delivers them in order', () => {
    const readiness = createRendererReadiness();
    const delivered: DeepLink[] = [];
    registerDeepLinks({
      onLink: (link) => {
        readiness.whenReady(() => delivered.push(link));
      },
      focus: () => undefined,
      isPackaged: true,
      argv: [EXE, 'firebreak://customer/1'],
    });
    fake.app.openUrl('firebreak://contact/2');
    fake.app.launchSecondInstance([EXE, 'firebreak://customer/3']);
    expect(delivered).toEqual([]);

    readiness.markReady();
    fake.app.openUrl('firebreak://contact/4');

    expect(
      delivered.map((link) => (link.kind === 'customer' ? link.customerId : link.contactId)),
    ).toEqual(['1', '2', '3', '4']);
  });

  it('stops listening once disposed', () => {
    const { links, focus, registration } = register();

    registration.dispose();
    fake.app.launchSecondInstance([EXE, 'firebreak://customer/1']);

    expect(fake.app.openUrl('firebreak://customer/1')).toBe(false);
    expect(links).toEqual([]);
    expect(focus).not.toHaveBeenCalled();
  });
});
