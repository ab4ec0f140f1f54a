import { describe, expect, it } from 'vitest';
import { PROACTIVE_ACTIONS, WORKLIST_OUTCOMES, WORKLIST_STATUSES } from '../../../../shared/domain';
import { WORKLIST_FILTERS } from '../../api/preemption/keys';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';

const locales = { en, 'zh-CN': zhCN, fa } as const;

const enumLabels: (readonly [keyof typeof en, readonly string[]])[] = [
  ['action', PROACTIVE_ACTIONS],
  ['status', WORKLIST_STATUSES],
  ['outcomes', WORKLIST_OUTCOMES],
  ['filter', WORKLIST_FILTERS],
];

describe('worklist locales', () => {
  itHasCompleteLocales(locales, enumLabels);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.title).toMatch(/[\u4E00-\u9FFF]/);
  });
});
