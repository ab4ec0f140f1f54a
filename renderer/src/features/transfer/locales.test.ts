import { describe, expect, it } from 'vitest';
import { TRANSFER_MODES } from '../../../../shared/domain';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

describe('transfer locales', () => {
  itHasCompleteLocales({ en, 'zh-CN': zhCN, fa }, [
    ['mode', TRANSFER_MODES],
    ['targetKind', ['agent', 'queue']],
  ]);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.title).toMatch(/[\u4E00-\u9FFF]/);
  });
});
