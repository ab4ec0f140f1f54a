import type { TFunction } from 'i18next';
import { ROOT_CAUSES, type RiskSignal } from '../../../../shared/domain';
import type { RiskFactKey } from '../../../../shared/schemas/risk-facts';
import type { RiskFacts, RiskReason, RiskTopicRef } from '../../../../shared/schemas/risk';
import type { Formatters } from '../pop/useFormat';

/**
 * How each fact of the contract is worded. A `Record` over every key in RISK_FACT_KEYS: a key
 * added to the contract does not compile here until the desktop knows how to say it.
 */
type FactForm =
  /** A record id: left out when the sentence's topic already names the same one. */
  | 'id'
  /** A day (`YYYY-MM-DD`) or a timestamp, formatted for the locale. */
  | 'date'
  /** A whole number with a plural form. */
  | 'count'
  /** Free text or a score from the data (a page path, the customer's words): shown as it came. */
  | 'text'
  /** A touchpoint kind code, named in the agent's language (`touchpointKind.*`). */
  | 'kind'
  /** A flag (1): the fact's own words, or nothing when it is 0. */
  | 'flag'
  | 'seconds'
  | 'percent'
  | 'status'
  | 'state'
  | 'cause';

const FACT_FORMS: Readonly<Record<RiskFactKey, FactForm>> = {
  claimId: 'id',
  promiseId: 'id',
  policyId: 'id',
  complaintId: 'id',
  partnerId: 'id',
  promisedAt: 'date',
  dueAt: 'date',
  failedAt: 'date',
  requestedAt: 'date',
  openedAt: 'date',
  closedAt: 'date',
  saidAt: 'date',
  rejectedAt: 'date',
  daysLate: 'count',
  daysOverdue: 'count',
  daysWaiting: 'count',
  daysOpen: 'count',
  contacts: 'count',
  days: 'count',
  chasing: 'flag',
  pageViews: 'count',
  hours: 'count',
  dwellSeconds: 'seconds',
  failedActions: 'count',
  failures: 'count',
  corrections: 'count',
  complaints: 'count',
  signs: 'count',
  premiumChangePct: 'percent',
  nps: 'text',
  csat: 'text',
  satisfaction: 'text',
  state: 'state',
  status: 'status',
  cause: 'cause',
  failureKind: 'kind',
  itemKind: 'kind',
  toldKind: 'kind',
  words: 'text',
  path: 'text',
  field: 'text',
};

const isFactKey = (key: string): key is RiskFactKey => Object.hasOwn(FACT_FORMS, key);

const KNOWN_STATES = new Set(['broken', 'overdue']);
/** A kind code safe to use in an i18n key (no key or namespace separators). */
const KIND_CODE = /^[a-z0-9_]+$/;

/** For values that are text from the data: React renders text, i18next must not escape it. */
const AS_TEXT = { interpolation: { escapeValue: false } } as const;

export interface RiskWords {
  /** The "why now" sentence: what it is about, then each signal with its facts. */
  sentence: (reason: RiskReason) => string;
  /** One signal's facts as short phrases (`3 days late`, `promised 12 Jun 2025`). */
  facts: (facts: RiskFacts, topic: RiskTopicRef | null) => string[];
  signalName: (signal: RiskSignal) => string;
  topic: (topic: RiskTopicRef) => string;
}

/**
 * The words of the risk panel, built in the agent's language from codes and values. Every key of
 * the facts contract (RISK_FACT_KEYS) is worded; a key outside it (an older or newer gateway) is
 * left out rather than shown raw.
 */
export function riskWords(t: TFunction, format: Formatters): RiskWords {
  /** A touchpoint kind in the agent's language; an unknown one as its code, in words. */
  const kindLabel = (code: string): string => {
    const fallback = code.replace(/[_.]/g, ' ');
    return KIND_CODE.test(code)
      ? t(`touchpointKind.${code}`, { defaultValue: fallback })
      : fallback;
  };

  const fact = (key: string, value: string | number, topic: RiskTopicRef | null): string | null => {
    if (!isFactKey(key)) return null;
    switch (FACT_FORMS[key]) {
      case 'id':
        return topic?.ref === String(value) ? null : t(`fact.${key}`, { value, ...AS_TEXT });
      case 'date': {
        const valid = typeof value === 'string' && !Number.isNaN(Date.parse(value));
        return valid ? t(`fact.${key}`, { date: format.date(value) }) : null;
      }
      case 'count':
        return typeof value === 'number' ? t(`fact.${key}`, { count: value }) : null;
      case 'seconds':
        return typeof value === 'number'
          ? t(`fact.${key}`, { duration: format.duration(value) })
          : null;
      case 'percent':
        return typeof value === 'number'
          ? t(`fact.${key}`, { percent: format.percent(value / 100) })
          : null;
      case 'flag':
        return value === 0 || value === '' ? null : t(`fact.${key}`);
      case 'kind':
        return t(`fact.${key}`, { value: kindLabel(String(value)), ...AS_TEXT });
      case 'status':
        // An open complaint says "still open" already; only an escalation adds something.
        return value === 'escalated' ? t('fact.escalated') : null;
      case 'cause': {
        const causes = String(value)
          .split(',')
          .map((code) => code.trim())
          .filter((code) => code !== '')
          .map((code) =>
            ROOT_CAUSES.some((known) => known === code)
              ? t(`rootCause.${code}`, { ns: 'pop' })
              : code,
          );
        return t('fact.cause', {
          causes: causes.join(t('sentence.factSeparator')),
          ...AS_TEXT,
        });
      }
      case 'state': {
        const state = String(value);
        return t('fact.state', {
          value: KNOWN_STATES.has(state) ? t(`factState.${state}`) : state,
          ...AS_TEXT,
        });
      }
      case 'text':
        return t(`fact.${key}`, { value, ...AS_TEXT });
    }
  };

  const facts: RiskWords['facts'] = (values, topic) =>
    Object.entries(values).flatMap(([key, value]) => {
      const text = fact(key, value, topic);
      return text === null ? [] : [text];
    });

  const topic: RiskWords['topic'] = ({ kind, ref }) =>
    ref === null ? t(`topicAny.${kind}`) : t(`topic.${kind}`, { ref, ...AS_TEXT });

  const sentence: RiskWords['sentence'] = (reason) => {
    const clauses = reason.signals.map(({ signal, facts: values }) => {
      const phrases = facts(values, reason.topic);
      const name = t(`clause.${signal}`);
      return phrases.length === 0
        ? name
        : t('sentence.clause', {
            signal: name,
            facts: phrases.join(t('sentence.factSeparator')),
            ...AS_TEXT,
          });
    });
    const signals = clauses.join(t('sentence.clauseSeparator'));
    if (reason.topic.kind === 'none') {
      if (clauses.length === 0) return t('sentence.calm');
      const text = t('sentence.signalsOnly', { signals, ...AS_TEXT });
      return text.charAt(0).toLocaleUpperCase(format.locale) + text.slice(1);
    }
    const about = topic(reason.topic);
    return clauses.length === 0
      ? t('sentence.aboutOnly', { topic: about, ...AS_TEXT })
      : t('sentence.about', { topic: about, signals, ...AS_TEXT });
  };

  return { sentence, facts, signalName: (signal) => t(`signal.${signal}`), topic };
}
