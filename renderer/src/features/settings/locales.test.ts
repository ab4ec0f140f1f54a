import { describe, expect, it } from 'vitest';
import { POP_BEHAVIOURS } from '../../../../shared/desktop-settings';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

describe('settings locales', () => {
  itHasCompleteLocales({ en, 'zh-CN': zhCN, fa }, []);

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['fa', fa],
  ] as const)('%s names and explains every pop behaviour', (_, messages) => {
    for (const behaviour of POP_BEHAVIOURS) {
      expect(messages.pop.behaviour[behaviour].trim()).not.toBe('');
      expect(messages.pop.behaviourHint[behaviour].trim()).not.toBe('');
    }
  });

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.title).toMatch(/[\u4E00-\u9FFF]/);
  });
});
