import { describe, expect, it } from 'vitest';
import { PLAYBOOK_MOVES, RISK_BANDS, RISK_SIGNALS, RISK_TOPICS } from '../../../../shared/domain';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';

const locales = { en, 'zh-CN': zhCN, fa } as const;

const enumLabels: (readonly [keyof typeof en, readonly string[]])[] = [
  ['band', RISK_BANDS],
  ['topic', RISK_TOPICS],
  ['topicAny', RISK_TOPICS],
  ['signal', RISK_SIGNALS],
  ['clause', RISK_SIGNALS],
  ['move', PLAYBOOK_MOVES],
];

describe('risk locales', () => {
  itHasCompleteLocales(locales, enumLabels);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    for (const label of Object.values(fa.band)) expect(label).toMatch(/[\u0600-\u06FF]/);
    for (const label of Object.values(zhCN.band)) expect(label).toMatch(/[\u4E00-\u9FFF]/);
  });

  it('names the touchpoint kinds of kind-valued facts in Persian and Chinese, with no English', () => {
    const kinds = Object.keys(en.touchpointKind);
    // The kinds the engine puts in failureKind, itemKind and toldKind today.
    expect(kinds).toEqual(
      expect.arrayContaining([
        'rescue_late',
        'rescue_no_show',
        'adjuster_no_show',
        'partner_no_show',
        'partner_late',
        'policy_documents_delayed',
        'gift_not_delivered',
        'delivery_late',
        'sale_misinformation',
        'wrong_advice_given',
        'dismissive_service',
      ]),
    );
    for (const label of Object.values(fa.touchpointKind)) {
      expect(label).toMatch(/[\u0600-\u06FF]/);
      expect(label).not.toMatch(/[A-Za-z]/);
    }
    for (const label of Object.values(zhCN.touchpointKind)) {
      expect(label).toMatch(/[\u4E00-\u9FFF]/);
      expect(label).not.toMatch(/[A-Za-z]/);
    }
  });
});
