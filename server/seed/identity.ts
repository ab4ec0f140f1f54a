/**
 * Personal identifiers that look real and are worth masking: phones (unique per customer
 * unless deliberately shared by a family), national id numbers with valid check digits, emails.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../shared/domain.js';
import type { Rand } from './rng.js';

export interface Residence {
  readonly city: string;
  /** First six digits of a PRC id number; null outside mainland China. */
  readonly regionCode: string | null;
  readonly phone: string;
}

const ZH_CITIES: readonly (readonly [string, string, number])[] = [
  ['上海', '310104', 14],
  ['北京', '110105', 13],
  ['广州', '440106', 9],
  ['深圳', '440304', 9],
  ['杭州', '330106', 7],
  ['成都', '510107', 7],
  ['武汉', '420106', 6],
  ['南京', '320106', 6],
  ['重庆', '500103', 6],
  ['西安', '610113', 5],
  ['天津', '120103', 5],
  ['苏州', '320508', 5],
  ['长沙', '430104', 4],
  ['郑州', '410105', 4],
  ['青岛', '370202', 3],
  ['厦门', '350203', 3],
  ['宁波', '330203', 3],
  ['合肥', '340104', 3],
  ['济南', '370102', 3],
  ['昆明', '530102', 3],
];
const ZH_CITY_CHOICES = ZH_CITIES.map(
  ([city, region, weight]) => [[city, region] as const, weight] as const,
);
const CN_MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '176',
  '177',
  '180',
  '186',
  '187',
  '188',
  '189',
  '199',
];
const EXPAT_CN_CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou'];
const UK_CITIES = ['London', 'Manchester', 'Edinburgh'];
const IR_MOBILE_PREFIXES = ['912', '919', '935', '936', '901', '921', '990'];

/**
 * A permutation of 0..10^digits-1: distinct customer indexes give distinct subscriber numbers,
 * so only families share a phone.
 */
function subscriber(index: number, digits: number, seed: number): string {
  const modulus = 10 ** digits;
  const value = (index * 7_919_113 + (seed % 1_000_000) * 104_729 + 1_234_567) % modulus;
  return String(value).padStart(digits, '0');
}

export function residence(rand: Rand, language: Language, index: number, seed: number): Residence {
  if (language === 'zh-CN') {
    const [city, regionCode] = rand.weighted(ZH_CITY_CHOICES);
    return {
      city,
      regionCode,
      phone: `+86${rand.pick(CN_MOBILE_PREFIXES)}${subscriber(index, 8, seed)}`,
    };
  }
  if (language === 'fa') {
    const city = rand.faker.fa.location.city();
    return {
      city,
      regionCode: null,
      phone: `+98${rand.pick(IR_MOBILE_PREFIXES)}${subscriber(index, 7, seed)}`,
    };
  }
  switch (
    rand.weighted([
      ['hk', 35],
      ['sg', 20],
      ['uk', 15],
      ['cn', 30],
    ] as const)
  ) {
    case 'hk':
      return {
        city: 'Hong Kong',
        regionCode: null,
        phone: `+852${rand.pick(['5', '6', '9'])}${subscriber(index, 7, seed)}`,
      };
    case 'sg':
      return {
        city: 'Singapore',
        regionCode: null,
        phone: `+65${rand.pick(['8', '9'])}${subscriber(index, 7, seed)}`,
      };
    case 'uk':
      return {
        city: rand.pick(UK_CITIES),
        regionCode: null,
        phone: `+447${rand.int(4, 9)}${subscriber(index, 8, seed)}`,
      };
    case 'cn':
      return {
        city: rand.pick(EXPAT_CN_CITIES),
        regionCode: null,
        phone: `+86${rand.pick(CN_MOBILE_PREFIXES)}${subscriber(index, 8, seed)}`,
      };
  }
}

const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PRC_CHECK = '10X98765432';

/** 18-digit resident id: region, birth date, sequence (odd = male), ISO 7064 check digit. */
export function prcIdNumber(rand: Rand, regionCode: string, birth: Date, male: boolean): string {
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = rand.int(0, 49) * 2 + (male ? 1 : 0);
  const body = `${regionCode}${ymd}${String(sequence).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (PRC_WEIGHTS[i] ?? 0);
  return body + (PRC_CHECK[sum % 11] ?? '0');
}

/** 10-digit Iranian national code with its check digit. */
export function iranNationalCode(rand: Rand): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += String(rand.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
  const remainder = sum % 11;
  return body + String(remainder < 2 ? remainder : 11 - remainder);
}

/** Passport-style number for customers outside mainland China and Iran. */
export function passportNumber(rand: Rand, city: string): string {
  const letter =
    city === 'Hong Kong' ? 'K' : city === 'Singapore' ? 'E' : rand.pick(['P', 'G', 'E']);
  return `${letter}${String(rand.int(10_000_000, 99_999_999))}`;
}

const ZH_MAIL = ['163.com', '126.com', 'gmail.com', 'sina.com', 'outlook.com'];
const OTHER_MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'];

export function emailAddress(
  rand: Rand,
  language: Language,
  firstName: string,
  lastName: string,
): string {
  const en = rand.faker.en;
  if (language === 'en') return en.internet.email({ firstName, lastName }).toLowerCase();
  if (language === 'zh-CN' && rand.chance(0.5)) return `${rand.int(10_000, 3_999_999_999)}@qq.com`;
  const domains = language === 'zh-CN' ? ZH_MAIL : OTHER_MAIL;
  return `${en.internet.username().toLowerCase()}@${rand.pick(domains)}`;
}

/**
 * Sensitive extras derived from the customer id (a hash, not the seed's random stream, so adding
 * them changed no other generated value): most customers have a bank account on file; about one
 * in six has health details.
 */
const HEALTH_NOTES: Record<Language, readonly string[]> = {
  'zh-CN': ['高血压，长期服药', '2型糖尿病', '2024年膝关节手术', '孕期（预产期在保单期内）'],
  en: ['Hypertension, on long-term medication', 'Type 2 diabetes', 'Knee surgery in 2024', 'Pregnant (due within the policy year)'],
  fa: ['فشار خون بالا، مصرف دارو', 'دیابت نوع ۲', 'جراحی زانو در سال ۲۰۲۴', 'باردار (زایمان در سال بیمه‌ای)'],
};

export function sensitiveExtras(
  customerId: string,
  language: Language,
): { bankAccount: string | null; healthDetails: string | null } {
  const digest = createHash('sha256').update(`firebreak-sensitive:${customerId}`).digest();
  const digits = Array.from(digest.subarray(0, 19), (byte) => String(byte % 10)).join('');
  const healthNotes = HEALTH_NOTES[language];
  return {
    bankAccount: (digest[20] ?? 0) % 10 < 8 ? `6222${digits.slice(0, 15)}` : null,
    healthDetails: (digest[21] ?? 0) % 6 === 0 ? (healthNotes[(digest[22] ?? 0) % healthNotes.length] ?? null) : null,
  };
}
