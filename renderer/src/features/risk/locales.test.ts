import { describe, expect, it } from 'vitest';
import { PLAYBOOK_MOVES, RISK_BANDS, RISK_SIGNALS, RISK_TOPICS } from '../../../../shared/domain';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

const enumLabels: [keyof typeof en, readonly string[]][] = [
  ['band', RISK_BANDS],
  ['topic', RISK_TOPICS],
  ['topicAny', RISK_TOPICS],
  ['signal', RISK_SIGNALS],
  ['clause', RISK_SIGNALS],
  ['move', PLAYBOOK_MOVES],
];

describe('risk locales', () => {
  it('has the same keys in every language', () => {
    const expected = keysOf(en).sort();
    expect(keysOf(zhCN).sort()).toEqual(expected);
    expect(keysOf(fa).sort()).toEqual(expected);
  });

  it.each(Object.entries(locales))('%s names every band, topic, signal and move', (_, messages) => {
    for (const [group, values] of enumLabels) {
      const labels = messages[group] as Record<string, unknown>;
      for (const value of values) {
        const label = labels[value];
        expect(typeof label === 'string' && label.trim().length > 0, `${group}.${value}`).toBe(
          true,
        );
      }
    }
  });

  it('keeps every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    const strings = (messages: unknown) =>
      new Map(
        keysOf(messages).map((path) => [
          path,
          path
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages),
        ]),
      );
    const english = strings(en);
    for (const messages of [zhCN, fa]) {
      for (const [path, text] of strings(messages)) {
        expect(placeholders(String(text)).sort(), path).toEqual(
          placeholders(String(english.get(path))).sort(),
        );
      }
    }
  });

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
