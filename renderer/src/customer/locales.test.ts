import { describe, expect, it } from 'vitest';
import { CUSTOMER_CHAT_STATES } from '../../../shared/schemas/chat';
import { itHasCompleteLocales } from '../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

describe('customer chat locales', () => {
  itHasCompleteLocales(locales, [['status', CUSTOMER_CHAT_STATES]]);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.start.submit).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.start.submit).toMatch(/[\u4E00-\u9FFF]/);
  });
});
