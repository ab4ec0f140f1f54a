/**
 * Customers: ~70% zh-CN, ~25% en, ~5% fa, named in their own script; five tiers with a
 * realistic skew (few diamond, many silver and potential); ~1.5% share a phone with family.
 */
import type { Language, Tier, TouchpointChannel } from '../../shared/domain.js';
import type { customers } from '../db/schema.js';
import type { SeedContext } from './context.js';
import {
  emailAddress,
  iranNationalCode,
  passportNumber,
  prcIdNumber,
  residence,
  sensitiveExtras,
} from './identity.js';
import type { Residence } from './identity.js';
import type { SeedPartner } from './reference.js';
import type { Weighted } from './rng.js';
import { TEXTS } from './texts/catalog.js';
import type { SeedTexts } from './texts/types.js';
import { DAY_MS, addDays, isoDay } from './time.js';

export type CustomerRow = typeof customers.$inferInsert;

export interface CustomerDraft {
  readonly index: number;
  readonly row: CustomerRow;
  readonly language: Language;
  readonly tier: Tier;
  readonly texts: SeedTexts;
  readonly since: Date;
  /** Relative activity (1 = average): drives how many everyday touchpoints they leave. */
  readonly activity: number;
  readonly intermediary: SeedPartner | null;
}

const LANGUAGE_WEIGHTS: Weighted<Language> = [
  ['zh-CN', 70],
  ['en', 25],
  ['fa', 5],
];
const TIER_WEIGHTS: Weighted<Tier> = [
  ['diamond', 1.5],
  ['platinum', 6],
  ['gold', 16.5],
  ['silver', 38],
  ['potential', 38],
];
const CHANNEL_WEIGHTS: Weighted<TouchpointChannel> = [
  ['app', 30],
  ['voice', 20],
  ['portal', 15],
  ['chat', 12],
  ['sms', 8],
  ['email', 8],
  ['branch', 4],
  ['ivr', 3],
];
const TENURE_DAYS: Readonly<Record<Tier, readonly [number, number]>> = {
  diamond: [700, 4000],
  platinum: [400, 3600],
  gold: [200, 3600],
  silver: [60, 3000],
  potential: [20, 2000],
};
const ACTIVITY: Readonly<Record<Tier, number>> = {
  diamond: 1.4,
  platinum: 1.2,
  gold: 1,
  silver: 0.9,
  potential: 0.8,
};
/** Chance that a new customer is family of a recent one (both then share the phone). */
const FAMILY_SHARE = 0.0075;
const HOUSEHOLD_MEMORY = 64;

function fullName(language: Language, first: string, last: string): string {
  return language === 'zh-CN' ? `${last}${first}` : `${first} ${last}`;
}

export function generateCustomer(ctx: SeedContext, index: number): CustomerDraft {
  const { rand, anchor } = ctx;
  const family =
    ctx.households.length > 0 && rand.chance(FAMILY_SHARE) ? rand.pick(ctx.households) : null;
  const language = family?.language ?? rand.weighted(LANGUAGE_WEIGHTS);
  const tier = rand.weighted(TIER_WEIGHTS);
  const male = rand.chance(0.5);
  const faker = rand.faker[language];
  const firstName = faker.person.firstName(male ? 'male' : 'female');
  const lastName = family?.lastName ?? faker.person.lastName();
  const home: Residence = family
    ? { city: family.city, regionCode: family.regionCode, phone: family.phone }
    : residence(rand, language, index, ctx.seed);

  const birth = new Date(anchor.getTime() - rand.int(22 * 365, 75 * 365) * DAY_MS);
  const idNumber =
    language === 'zh-CN' && home.regionCode
      ? prcIdNumber(rand, home.regionCode, birth, male)
      : language === 'fa'
        ? iranNationalCode(rand)
        : passportNumber(rand, home.city);
  const [minTenure, maxTenure] = TENURE_DAYS[tier];
  const since = addDays(anchor, -rand.int(minTenure, maxTenure));
  const premium = tier === 'diamond' || tier === 'platinum';
  const intermediary = rand.chance(0.35) ? ctx.partners.pick(rand, 'intermediary', language) : null;

  const id = `CUS-${String(index + 1).padStart(6, '0')}`;
  const row: CustomerRow = {
    id,
    name: fullName(language, firstName, lastName),
    phone: home.phone,
    email: rand.chance(premium ? 0.8 : 0.58)
      ? emailAddress(rand, language, firstName, lastName)
      : null,
    idNumber,
    ...sensitiveExtras(id, language),
    city: home.city,
    tier,
    preferredLanguage: language,
    preferredChannel: rand.weighted(CHANNEL_WEIGHTS),
    consentSms: rand.chance(0.85),
    consentMarketing: rand.chance(premium ? 0.6 : 0.42),
    consentRecording: rand.chance(0.92),
    customerSince: isoDay(since),
    ltvMinor: 0,
    churnRisk: 0,
    advisorName: premium ? rand.pick(ctx.advisors[language]) : null,
    intermediaryId: intermediary?.id ?? null,
  };

  ctx.households.push({
    phone: home.phone,
    lastName,
    city: home.city,
    regionCode: home.regionCode,
    language,
    tier,
  });
  if (ctx.households.length > HOUSEHOLD_MEMORY) ctx.households.shift();

  return {
    index,
    row,
    language,
    tier,
    texts: TEXTS[language],
    since,
    activity: ACTIVITY[tier] * rand.real(0.6, 1.4),
    intermediary,
  };
}

const CHURN_BASE: Readonly<Record<Tier, number>> = {
  diamond: 0.05,
  platinum: 0.08,
  gold: 0.12,
  silver: 0.18,
  potential: 0.22,
};

export interface CustomerOutcome {
  readonly annualPremiumMinor: number;
  readonly paymentTrouble: boolean;
  readonly openComplaint: boolean;
  readonly lateClaim: boolean;
}

/** LTV and churn risk depend on what happened to the customer, so they are set last. */
export function finishCustomer(
  ctx: SeedContext,
  draft: CustomerDraft,
  outcome: CustomerOutcome,
): CustomerRow {
  const { rand, anchor } = ctx;
  const years = Math.max(0.25, (anchor.getTime() - draft.since.getTime()) / (365 * DAY_MS));
  const margin = rand.real(0.25, 0.45);
  const ltvMinor = Math.round((outcome.annualPremiumMinor * years * margin) / 100) * 100;
  let churn = CHURN_BASE[draft.tier] + rand.real(0, 0.1);
  if (outcome.paymentTrouble) churn += 0.2;
  if (outcome.openComplaint) churn += 0.2;
  if (outcome.lateClaim) churn += 0.1;
  const churnRisk = Math.round(Math.min(0.98, Math.max(0.01, churn)) * 1000) / 1000;
  return { ...draft.row, ltvMinor, churnRisk };
}
