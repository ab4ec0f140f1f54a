import { describe, expect, it } from 'vitest';
import { AGENT_STATES, AWAY_REASONS, TRANSFER_MODES } from '../../../../shared/domain';
import { itHasCompleteLocales } from '../../../../test/setup/locale-checks';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

describe('workspace locales', () => {
  itHasCompleteLocales({ en, 'zh-CN': zhCN, fa }, []);

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['fa', fa],
  ] as const)('%s names every presence state, away reason and transfer mode', (_, messages) => {
    for (const state of AGENT_STATES) expect(messages.presence.state[state].trim()).not.toBe('');
    for (const reason of AWAY_REASONS) expect(messages.presence.reason[reason].trim()).not.toBe('');
    for (const mode of TRANSFER_MODES) expect(messages.handover.mode[mode].trim()).not.toBe('');
  });

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.ringing.accept).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.ringing.accept).toMatch(/[\u4E00-\u9FFF]/);
  });
});
