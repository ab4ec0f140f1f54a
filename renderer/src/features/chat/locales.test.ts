import { describe, expect, it } from 'vitest';
import { CHAT_SENDERS, CONTACT_STATES } from '../../../../shared/domain';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

describe('chat locales', () => {
  itHasCompleteLocales(locales, [
    ['sender', CHAT_SENDERS],
    ['disabled', CONTACT_STATES.filter((state) => state !== 'active')],
  ]);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.composer.send).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.composer.send).toMatch(/[\u4E00-\u9FFF]/);
  });
});
