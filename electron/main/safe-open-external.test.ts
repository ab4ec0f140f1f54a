import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { fakeElectron } from '../testing/fake-electron.js';
import { checkExternalUrl, safeOpenExternal } from './safe-open-external.js';

const fake = fakeElectron();
const OPEN = 0;
const CANCEL = 1;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  fake.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('safeOpenExternal', () => {
  it.each([
    ['http:', 'http://firebreak.example.com/help'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a host not on the allow list', 'https://evil.example/'],
    ['a look-alike host', 'https://firebreak.example.com.evil.example/'],
    ['a sub-domain of an allowed host', 'https://x.firebreak.example.com/'],
    ['credentials', 'https://user:pass@firebreak.example.com/'],
    ['a non-default port', 'https://firebreak.example.com:8443/'],
    ['something that is not a URL', 'firebreak.example.com'],
  ])('refuses %s without asking, and logs it', async (_case, url) => {
    await expect(safeOpenExternal(url)).resolves.toBe(false);

    expect(fake.messageBoxes).toHaveLength(0);
    expect(fake.openedExternally).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(
      '[firebreak:main]',
      expect.stringContaining('Refused to open an external link'),
    );
  });

  it('asks before opening an allow-listed https URL, then opens it', async () => {
    fake.clickMessageBoxButton(OPEN);

    await expect(safeOpenExternal('https://www.cbirc.gov.cn/notice?id=7')).resolves.toBe(true);

    expect(fake.messageBoxes).toHaveLength(1);
    expect(fake.messageBoxes[0]).toMatchObject({
      buttons: ['Open', 'Cancel'],
      cancelId: CANCEL,
      detail: 'https://www.cbirc.gov.cn/notice?id=7',
    });
    expect(fake.openedExternally).toEqual(['https://www.cbirc.gov.cn/notice?id=7']);
  });

  it('does nothing when the user cancels', async () => {
    fake.clickMessageBoxButton(CANCEL);

    await expect(safeOpenExternal('https://firebreak.example.com/help')).resolves.toBe(false);

    expect(fake.messageBoxes).toHaveLength(1);
    expect(fake.openedExternally).toHaveLength(0);
  });

  it('shows one confirmation at a time', async () => {
    const first = safeOpenExternal('https://firebreak.example.com/a');
    const second = safeOpenExternal('https://firebreak.example.com/b');

    await expect(Promise.all([first, second])).resolves.toEqual([true, false]);
    expect(fake.messageBoxes).toHaveLength(1);
    await expect(safeOpenExternal('https://firebreak.example.com/c')).resolves.toBe(true);
  });
});

describe('checkExternalUrl', () => {
  it('normalises what it allows', () => {
    const verdict = checkExternalUrl('https://FIREBREAK.example.com/a/../b');
    expect(verdict.allowed && verdict.url.href).toBe('https://firebreak.example.com/b');
  });
});
