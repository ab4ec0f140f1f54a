import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../shared/domain';
import { RISK_FACT_KEYS, type RiskFactKey } from '../../../../shared/schemas/risk-facts';
import type { RiskReason } from '../../../../shared/schemas/risk';
import { createI18n } from '../../i18n/create-i18n';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatPercent,
  formatRelative,
} from '../pop/format';
import type { Formatters } from '../pop/useFormat';
import enMessages from './locales/en';
import faMessages from './locales/fa';
import zhCNMessages from './locales/zh-CN';
import { riskWords } from './risk-words';

function wordsIn(language: Language) {
  const i18n = createI18n(language);
  const format: Formatters = {
    locale: language,
    date: (iso) => formatDate(iso, language),
    dateTime: (iso) => formatDateTime(iso, language),
    relative: (iso, now) => formatRelative(iso, now, language),
    money: (minor) => formatMoney(minor, language),
    percent: (ratio) => formatPercent(ratio, language),
    count: (n) => formatCount(n, language),
    duration: (seconds) => formatDuration(seconds, language),
  };
  return riskWords(i18n.getFixedT(language, 'risk'), format);
}

const reason = (overrides: Partial<RiskReason>): RiskReason => ({
  topic: { kind: 'none', ref: null },
  signals: [],
  rootCauses: [],
  summary: '',
  ...overrides,
});

describe('riskWords', () => {
  const en = wordsIn('en');

  it('says what an escalated complaint and an earlier one about the same cause add up to', () => {
    const sentence = en.sentence(
      reason({
        topic: { kind: 'complaint', ref: 'VOC-12' },
        signals: [
          {
            signal: 'open_complaint',
            facts: {
              complaintId: 'VOC-12',
              status: 'escalated',
              openedAt: '2025-06-10',
              daysOpen: 5,
            },
          },
          {
            signal: 'prior_complaint_same_cause',
            facts: { complaintId: 'VOC-3', cause: 'timeliness, attitude', complaints: 1 },
          },
        ],
      }),
    );
    expect(sentence).toBe(
      'About complaint VOC-12: a complaint is still open (escalated, opened Jun 10, 2025, open 5 days); ' +
        'they complained before about the same (complaint VOC-3, about Timeliness, Attitude, 1 complaint).',
    );
  });

  it('describes struggle in the portal with a duration and a window', () => {
    expect(
      en.facts({ pageViews: 6, path: '/claims/C-1', hours: 24, dwellSeconds: 540 }, null),
    ).toEqual(['6 page views', 'on “/claims/C-1”', 'within 24 hours', 'stayed 9 min on a page']);
  });

  it('leaves out facts it does not know rather than showing a raw key', () => {
    expect(en.facts({ mystery: 'x', daysLate: 1 }, null)).toEqual(['1 day late']);
  });

  it('starts a sentence without a topic with a capital letter', () => {
    const sentence = en.sentence(
      reason({ signals: [{ signal: 'detractor', facts: { nps: 3, signs: 2 } }] }),
    );
    expect(sentence).toBe('They were unhappy in a recent survey (NPS 3, 2 signs).');
  });

  it('speaks Persian, with Persian separators', () => {
    const fa = wordsIn('fa');
    expect(
      fa.sentence(
        reason({
          topic: { kind: 'refund', ref: 'HLT-2' },
          signals: [{ signal: 'refund_unanswered', facts: { daysWaiting: 12, policyId: 'HLT-2' } }],
        }),
      ),
    ).toBe(
      'دربارهٔ بازپرداخت بیمه‌نامهٔ HLT-2: به درخواست بازپرداخت پاسخ داده نشده است (12 روز انتظار).',
    );
  });
});

/** A value for every fact of the contract, as the engine sends it (typed: a new key needs one). */
const SAMPLE_FACTS: Record<RiskFactKey, string | number> = {
  claimId: 'C-1',
  promiseId: 'PR-1',
  policyId: 'P-1',
  complaintId: 'VOC-1',
  partnerId: 'ADJ-1',
  promisedAt: '2026-11-18',
  dueAt: '2026-11-18',
  failedAt: '2026-11-18',
  requestedAt: '2026-11-18',
  openedAt: '2026-11-18',
  closedAt: '2026-11-18',
  saidAt: '2026-11-18',
  rejectedAt: '2026-11-18',
  daysLate: 2,
  daysOverdue: 2,
  daysWaiting: 2,
  daysOpen: 2,
  contacts: 2,
  days: 7,
  chasing: 1,
  pageViews: 6,
  hours: 24,
  dwellSeconds: 540,
  failedActions: 2,
  failures: 2,
  corrections: 2,
  complaints: 2,
  signs: 2,
  premiumChangePct: 18,
  nps: 3,
  csat: 2,
  satisfaction: 1,
  state: 'broken',
  // `open` is left out on purpose (the clause says "still open"); an escalation is worded.
  status: 'escalated',
  cause: 'timeliness',
  failureKind: 'adjuster_no_show',
  itemKind: 'policy_documents_delayed',
  toldKind: 'sale_misinformation',
  words: '投诉',
  path: '/claims/C-1',
  field: 'VIN',
};

const messagesOf: Record<Language, typeof enMessages> = {
  en: enMessages,
  'zh-CN': zhCNMessages,
  fa: faMessages,
};

describe('riskWords: the facts contract', () => {
  const en = wordsIn('en');

  it.each(LANGUAGES)(
    'words every key in RISK_FACT_KEYS in %s, from its own messages',
    (language) => {
      const words = wordsIn(language);
      const factMessages: Record<string, string> = messagesOf[language].fact;
      for (const key of RISK_FACT_KEYS) {
        const phrases = words.facts({ [key]: SAMPLE_FACTS[key] }, null);
        expect(phrases, `${language}: ${key}`).toHaveLength(1);
        const [text = ''] = phrases;
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
        expect(text, `${language}: ${key}`).not.toMatch(/fact\.|touchpointKind\.|\{\{/);
        // A compound key (`failureKind`) is never a word of the sentence; `days` may well be.
        if (/[A-Z]/.test(key))
          expect(text, `${language}: ${key} shows its raw key`).not.toContain(key);
        const message = key === 'status' ? 'escalated' : key;
        const own = factMessages[message] ?? factMessages[`${message}_other`];
        expect(own, `${language}: no message for ${key}`).toBeDefined();
      }
    },
  );

  it('says a zh-CN agent’s adjuster no-show in Chinese, with no English word', () => {
    const zh = wordsIn('zh-CN');
    const sentence = zh.sentence(
      reason({
        topic: { kind: 'claim', ref: 'C-1' },
        signals: [
          {
            signal: 'partner_failure',
            facts: {
              failureKind: 'adjuster_no_show',
              failures: 1,
              partnerId: 'ADJ-1',
              claimId: 'C-1',
            },
          },
        ],
      }),
    );
    expect(sentence).toContain('查勘员未到场');
    expect(sentence.replace(/ADJ-1|C-1/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('says the customer had to chase us, in every language', () => {
    expect(wordsIn('en').facts({ contacts: 1, days: 7, chasing: 1 }, null)).toEqual([
      '1 contact',
      'within 7 days',
      'they had to chase us',
    ]);
    expect(wordsIn('zh-CN').facts({ chasing: 1 }, null)).toEqual(['客户在催办']);
    expect(wordsIn('fa').facts({ chasing: 1 }, null)).toEqual(['مشتری ناچار به پیگیری شده است']);
  });

  it('names the kinds in kind-valued facts in the agent’s language', () => {
    const zh = wordsIn('zh-CN');
    expect(zh.facts({ itemKind: 'gift_not_delivered' }, null)).toEqual(['礼品未送达']);
    expect(zh.facts({ toldKind: 'sale_misinformation' }, null)).toEqual(['此前曾有销售误导']);
    expect(wordsIn('fa').facts({ failureKind: 'rescue_no_show' }, null)).toEqual(['امداد نیامد']);
    expect(en.facts({ rejectedAt: '2026-11-19', toldKind: 'wrong_advice_given' }, null)).toEqual([
      'rejected Nov 19, 2026',
      'after wrong advice',
    ]);
  });

  it('shows an unknown kind as its code with spaces, in every language', () => {
    for (const language of LANGUAGES) {
      expect(wordsIn(language).facts({ failureKind: 'repair_no_show' }, null)).toEqual([
        'repair no show',
      ]);
    }
    expect(en.facts({ itemKind: 'card.not_sent' }, null)).toEqual(['card not sent']);
  });
});
