import { describe, expect, it } from 'vitest';
import { DISPOSITIONS, SENTIMENTS } from '../../../../shared/domain';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import { PROMISE_PRESETS } from './due-dates';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';
import { COMPLAINT_MODES } from './wrapup-draft';

describe('wrap-up locales', () => {
  itHasCompleteLocales({ en, 'zh-CN': zhCN, fa }, [
    ['dispositions', DISPOSITIONS],
    ['sentiments', SENTIMENTS],
  ]);

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['fa', fa],
  ] as const)('%s names every complaint mode and promise preset', (_, messages) => {
    for (const mode of COMPLAINT_MODES) expect(messages.complaint.mode[mode].trim()).not.toBe('');
    for (const preset of PROMISE_PRESETS)
      expect(messages.promise.presets[preset].trim()).not.toBe('');
  });

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.title).toMatch(/[\u4E00-\u9FFF]/);
  });
});
