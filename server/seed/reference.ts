/**
 * Reference data: partners (with a hidden reliability that drives their no-shows), queues,
 * the demo agents, and the advisor pools that serve diamond and platinum customers.
 */
import { LANGUAGES, type AgentRole, type ContactChannel, type Language, type PartnerKind } from '../../shared/domain.js';
import type { Rand } from './rng.js';

export const QUEUES = [
  { id: 'claims-voice', name: 'Claims (voice)', channel: 'voice' },
  { id: 'complaints-voice', name: 'Complaints (voice)', channel: 'voice' },
  { id: 'renewals-voice', name: 'Renewals (voice)', channel: 'voice' },
  { id: 'service-chat', name: 'Service (chat)', channel: 'chat' },
] as const satisfies readonly { id: string; name: string; channel: ContactChannel }[];

export type QueueId = (typeof QUEUES)[number]['id'];
const ALL_QUEUES: readonly QueueId[] = QUEUES.map((queue) => queue.id);

export interface DemoAgent {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: AgentRole;
  readonly queues: readonly QueueId[];
  /** Languages they serve customers in (a routing skill). */
  readonly languages: readonly Language[];
}

function agent(
  username: string,
  displayName: string,
  role: AgentRole,
  queues: readonly QueueId[],
  languages: readonly Language[] = ['zh-CN', 'en'],
): DemoAgent {
  return { id: `ag-${username}`, username, displayName, role, queues, languages };
}

/** Every agent the seed creates; all sign in with the demo password. */
export const DEMO_AGENTS: readonly DemoAgent[] = [
  agent('lin.wei', '林伟 Lin Wei', 'specialist', ['complaints-voice', 'claims-voice']),
  agent('chen.jing', '陈静 Chen Jing', 'csr', ['service-chat', 'claims-voice']),
  agent('sara.ahmadi', 'سارا احمدی Sara Ahmadi', 'csr', ['service-chat', 'renewals-voice'], ['fa', 'en']),
  agent('zhang.lead', '张磊 Zhang Lei', 'lead', ALL_QUEUES, LANGUAGES),
  agent('admin', 'Administrator', 'admin', ALL_QUEUES, LANGUAGES),
  ...Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return agent(`agent${n}`, `Agent ${n}`, 'csr', ALL_QUEUES, LANGUAGES);
  }),
];

/** Just the sign-in names, in the order above. */
export const DEMO_USERNAMES: readonly string[] = DEMO_AGENTS.map((a) => a.username);

export interface SeedPartner {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  /** Region/language the partner serves. */
  readonly language: Language;
  /** 0..1; the lower, the more no-shows and late arrivals. */
  readonly reliability: number;
}

const KIND_CODE: Readonly<Record<PartnerKind, string>> = {
  intermediary: 'INT',
  rescue: 'RSC',
  adjuster: 'ADJ',
  repair: 'REP',
};

const ZH_CITIES = ['上海', '北京', '广州', '深圳', '杭州', '成都', '武汉', '南京', '苏州', '西安'];
const ZH_WORDS: Readonly<Record<PartnerKind, readonly string[]>> = {
  intermediary: ['恒信', '安盛达', '众邦', '华瑞', '永信', '中联'],
  rescue: ['畅行', '速达', '安途', '捷通', '路安', '神行', '顺风', '和运', '金盾', '通达'],
  adjuster: ['华安', '泛华', '恒量', '诚信', '平和', '信达', '大正', '明鉴'],
  repair: ['德众', '永达', '广汇', '中升', '庞大', '利星', '宝信', '华瑞', '恒驰', '锦程'],
};
const OTHER_NAMES: Readonly<Record<'en' | 'fa', Readonly<Record<PartnerKind, readonly string[]>>>> =
  {
    en: {
      intermediary: [
        'Harbour Insurance Brokers',
        'Jade Bridge Brokers',
        'Lion City Advisers',
        'Thames Cover Partners',
      ],
      rescue: ['Harbour Roadside Assist', 'Lion City Towing'],
      adjuster: ['Pacific Crest Adjusters', 'Meridian Loss Assessors', 'Kowloon Claims Services'],
      repair: ['Victoria Motor Works', 'Orchard Auto Repair'],
    },
    fa: {
      intermediary: ['کارگزاری بیمه آرمان', 'نمایندگی بیمه پارس'],
      rescue: ['امداد خودرو سپهر', 'امداد جاده‌ای آریا'],
      adjuster: ['ارزیابی خسارت دانا'],
      repair: ['تعمیرگاه مرکزی البرز', 'تعمیرگاه خودرو نگین'],
    },
  };

function zhPartnerName(rand: Rand, kind: PartnerKind, index: number): string {
  const city = rand.pick(ZH_CITIES);
  const word = ZH_WORDS[kind][index % ZH_WORDS[kind].length] ?? '';
  switch (kind) {
    case 'intermediary':
      return `${city}${word}保险代理有限公司`;
    case 'rescue':
      return `${city}${word}道路救援有限公司`;
    case 'adjuster':
      return `${word}保险公估有限公司`;
    case 'repair':
      return `${city}${word}汽车维修中心`;
  }
}

/** About 60 partners; a few of each kind are unreliable so the dashboards have someone to blame. */
export function buildPartners(rand: Rand, seed: number): SeedPartner[] {
  rand.reseed(seed, 2);
  const zhCounts: Readonly<Record<PartnerKind, number>> = {
    intermediary: 14,
    rescue: 10,
    adjuster: 8,
    repair: 10,
  };
  const partners: SeedPartner[] = [];
  const add = (kind: PartnerKind, name: string, language: Language) => {
    const n = partners.filter((p) => p.kind === kind).length + 1;
    const reliability = rand.chance(0.2) ? rand.real(0.55, 0.75) : rand.real(0.88, 0.99);
    partners.push({
      id: `PT-${KIND_CODE[kind]}-${String(n).padStart(3, '0')}`,
      name,
      kind,
      language,
      reliability,
    });
  };
  for (const kind of Object.keys(KIND_CODE) as PartnerKind[]) {
    for (let i = 0; i < zhCounts[kind]; i++) {
      // Half of the intermediaries are individual sales agents, the rest agencies.
      const individual = kind === 'intermediary' && i % 2 === 1;
      const zh = rand.faker['zh-CN'];
      add(
        kind,
        individual
          ? `${zh.person.lastName()}${zh.person.firstName()}（保险代理人）`
          : zhPartnerName(rand, kind, i),
        'zh-CN',
      );
    }
    for (const language of ['en', 'fa'] as const) {
      for (const name of OTHER_NAMES[language][kind]) add(kind, name, language);
    }
  }
  return partners;
}

/** Dedicated advisors (not desktop users): a small pool per language. */
export function buildAdvisors(
  rand: Rand,
  seed: number,
): Readonly<Record<Language, readonly string[]>> {
  rand.reseed(seed, 3);
  const names = (language: Language, count: number) =>
    Array.from({ length: count }, () => {
      const f = rand.faker[language];
      const first = f.person.firstName();
      const last = f.person.lastName();
      return language === 'zh-CN' ? `${last}${first}` : `${first} ${last}`;
    });
  return { 'zh-CN': names('zh-CN', 12), en: names('en', 4), fa: names('fa', 2) };
}
