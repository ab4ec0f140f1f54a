import { describe, expect, it } from 'vitest';
import { itHasCompleteLocales, keysOf } from '../../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

describe('trends locales', () => {
  // Root causes, product lines, partner kinds and outcomes reuse the pop and worklist labels.
  itHasCompleteLocales(locales, []);

  it('speaks Persian in fa and Chinese in zh-CN, everywhere', () => {
    const at = (messages: object, path: string) =>
      path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
    for (const path of keysOf(en)) {
      expect(String(at(fa, path)), path).toMatch(/[\u0600-\u06FF]/);
      expect(String(at(zhCN, path)), path).toMatch(/[\u4E00-\u9FFF]/);
    }
  });
});
