/** State shared by every generator during one seed run. */
import type { Language, PartnerKind, Tier } from '../../shared/domain.js';
import type { SeedPartner } from './reference.js';
import type { Rand } from './rng.js';

export interface Counters {
  claim: number;
  event: number;
  complaint: number;
  promise: number;
  /** Position in the stratified cycles, so small seeds still cover every case. */
  complaintCycle: number;
  promiseCycle: number;
}

/** A recent customer a new one can join as family (same phone, surname, city). */
export interface Household {
  readonly phone: string;
  readonly lastName: string;
  readonly city: string;
  readonly regionCode: string | null;
  readonly language: Language;
  readonly tier: Tier;
}

export interface SeedContext {
  readonly rand: Rand;
  readonly seed: number;
  readonly anchor: Date;
  readonly partners: PartnerDirectory;
  readonly advisors: Readonly<Record<Language, readonly string[]>>;
  /** Display names of agents who make promises on calls. */
  readonly agentNames: readonly string[];
  readonly counters: Counters;
  readonly households: Household[];
}

export class PartnerDirectory {
  readonly all: readonly SeedPartner[];
  private readonly pools = new Map<string, readonly SeedPartner[]>();

  constructor(partners: readonly SeedPartner[]) {
    this.all = partners;
  }

  /** A partner of that kind serving the customer's region (falls back to zh-CN). */
  pick(rand: Rand, kind: PartnerKind, language: Language): SeedPartner {
    const key = `${kind}:${language}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const local = this.all.filter((p) => p.kind === kind && p.language === language);
      pool =
        local.length > 0
          ? local
          : this.all.filter((p) => p.kind === kind && p.language === 'zh-CN');
      this.pools.set(key, pool);
    }
    return rand.pick(pool);
  }
}

export function newCounters(): Counters {
  return { claim: 0, event: 0, complaint: 0, promise: 0, complaintCycle: 0, promiseCycle: 0 };
}
