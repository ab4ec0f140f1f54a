import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '../../../../shared/domain';
import { ALERT_RULES } from '../../../../shared/schemas/console-alerts';
import { agentContactSchema, riskBoardEntrySchema } from '../../../../shared/schemas/console';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

const enumLabels: (readonly [keyof typeof en, readonly string[]])[] = [
  ['rule', ALERT_RULES],
  ['channel', CONTACT_CHANNELS],
  ['contactState', agentContactSchema.shape.state.options],
  ['entryState', riskBoardEntrySchema.shape.state.options],
];

describe('console locales', () => {
  itHasCompleteLocales(locales, enumLabels);

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    for (const text of [fa.title, fa.rule.diamond_waiting, fa.monitor.silent, fa.agents.longHold]) {
      expect(text).toMatch(/[\u0600-\u06FF]/);
    }
    for (const text of [
      zhCN.title,
      zhCN.rule.diamond_waiting,
      zhCN.monitor.silent,
      zhCN.agents.longHold,
    ]) {
      expect(text).toMatch(/[\u4E00-\u9FFF]/);
    }
  });
});
