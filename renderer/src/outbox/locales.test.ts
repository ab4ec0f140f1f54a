import { describe, expect, it } from 'vitest';
import { itHasCompleteLocales } from '../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';
import { OUTBOX_KINDS } from './outbox-item';

const locales = { en, 'zh-CN': zhCN, fa } as const;

describe('outbox locales', () => {
  itHasCompleteLocales(locales, [['kind', Object.values(OUTBOX_KINDS)]]);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.status.pending).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.status.pending).toMatch(/[\u4E00-\u9FFF]/);
  });
});
