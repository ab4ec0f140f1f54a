import { describe, expect, it } from 'vitest';
import {
  ANOMALIES,
  CLAIM_STATUSES,
  COMPLAINT_STATUSES,
  JOURNEY_STAGES,
  LANGUAGES,
  PARTNER_KINDS,
  PAYMENT_STATUSES,
  POLICY_LINES,
  POLICY_STATUSES,
  PROMISE_STATUSES,
  ROOT_CAUSES,
  TIER_ENTITLEMENTS,
  TIERS,
  TOUCHPOINT_CHANNELS,
} from '../../../../shared/domain';
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

function lookup(messages: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      messages,
    );
}

const enumLabels: [string, readonly string[]][] = [
  ['tier', TIERS],
  ['entitlement', Object.values(TIER_ENTITLEMENTS).flat()],
  ['rootCause', ROOT_CAUSES],
  ['stage', JOURNEY_STAGES],
  ['channel', TOUCHPOINT_CHANNELS],
  ['anomaly', ANOMALIES],
  ['policyLine', POLICY_LINES],
  ['policyStatus', POLICY_STATUSES],
  ['paymentStatus', PAYMENT_STATUSES],
  ['claimStatus', CLAIM_STATUSES],
  ['complaintStatus', COMPLAINT_STATUSES],
  ['promiseStatus', PROMISE_STATUSES],
  ['partnerKind', PARTNER_KINDS],
];

describe('pop locales', () => {
  it('has the same keys in every language', () => {
    const expected = keysOf(en).sort();
    expect(keysOf(zhCN).sort()).toEqual(expected);
    expect(keysOf(fa).sort()).toEqual(expected);
  });

  it.each(Object.entries(locales))('%s labels every domain value and language', (_, messages) => {
    const paths = [
      ...enumLabels.flatMap(([group, values]) => values.map((value) => `${group}.${value}`)),
      ...LANGUAGES.map((language) => `language.${language}`),
    ];
    for (const path of paths) {
      const label = path.startsWith('language.')
        ? (messages.language as Record<string, string>)[path.slice('language.'.length)]
        : lookup(messages, path);
      expect(typeof label === 'string' && label.trim().length > 0, path).toBe(true);
    }
  });

  it.each(Object.entries(locales))('%s keeps the access placeholders', (_, messages) => {
    for (const key of ['show', 'hide', 'revealTitle'] as const) {
      expect(messages.access[key], key).toContain('{{field}}');
    }
    for (const key of ['reasonRule', 'reasonTooShort'] as const) {
      expect(messages.access[key], key).toContain('{{min}}');
    }
  });

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    const persian = /[\u0600-\u06FF]/;
    const chinese = /[\u4E00-\u9FFF]/;
    for (const title of Object.values(fa.panel)) expect(title).toMatch(persian);
    for (const title of Object.values(zhCN.panel)) expect(title).toMatch(chinese);
    expect(fa.access.openTitle).toMatch(persian);
    expect(zhCN.access.openTitle).toMatch(chinese);
  });
});
