/**
 * Collects one customer's touchpoints. Events after the anchor do not exist yet and are
 * dropped; SMS respects consent; summaries are written in the customer's language.
 */
import type { Anomaly, TouchpointChannel } from '../../shared/domain.js';
import type { touchpoints } from '../db/schema.js';
import type { SeedContext } from './context.js';
import type { CustomerDraft } from './customers.js';
import type { SeedPartner } from './reference.js';
import { fill } from './texts/catalog.js';
import { TOUCHPOINT_KINDS } from './touchpoint-kinds.js';
import type { KindSpec, TouchpointKind } from './touchpoint-kinds.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time.js';

export type TouchpointRow = typeof touchpoints.$inferInsert;
type Attributes = Record<string, string | number | boolean | null>;

export interface TouchpointExtra {
  readonly partner?: SeedPartner | null;
  readonly policyId?: string | null;
  readonly claimId?: string | null;
  readonly dwell?: number;
  readonly anomaly?: Anomaly | null;
  readonly attributes?: Attributes;
  /** Values for the summary template's other holes. */
  readonly vars?: Readonly<Record<string, string | number | undefined>>;
}

/** Local hour of day weighted like real traffic: busy evenings, about half out of office hours. */
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.6, 3, 4.6, 5, 5, 4.4, 4.6, 4.8, 4.6, 4.4, 4, 3.6, 4.2, 4.8,
  4.4, 3, 1.2,
];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
const UTC_OFFSET_HOURS = { 'zh-CN': 8, en: 8, fa: 3.5 } as const;

export class Timeline {
  readonly rows: TouchpointRow[] = [];

  constructor(
    private readonly ctx: SeedContext,
    readonly customer: CustomerDraft,
  ) {}

  add(
    kind: TouchpointKind,
    at: Date,
    channel: TouchpointChannel,
    extra: TouchpointExtra = {},
  ): TouchpointRow | null {
    const { anchor, counters, rand } = this.ctx;
    if (at.getTime() >= anchor.getTime()) return null;
    const spec: KindSpec = TOUCHPOINT_KINDS[kind];
    counters.event++;
    const texts = this.customer.texts;
    const summary = fill(texts.summaries[kind], (name) => {
      switch (name) {
        case 'partner':
          return extra.partner?.name;
        case 'policyId':
          return extra.policyId;
        case 'claimId':
          return extra.claimId;
        case 'dwell':
          return extra.dwell;
        default:
          return extra.vars?.[name];
      }
    });
    const row: TouchpointRow = {
      eventId: `seed-${String(counters.event).padStart(9, '0')}`,
      customerId: this.customer.row.id,
      occurredAt: at,
      channel,
      stage: spec.stage,
      kind,
      summary,
      partnerId: extra.partner?.id ?? null,
      policyId: extra.policyId ?? null,
      claimId: extra.claimId ?? null,
      dwellSeconds: extra.dwell ?? null,
      anomaly: extra.anomaly === undefined ? (spec.anomaly ?? null) : extra.anomaly,
      attributes: extra.attributes ?? null,
      receivedAt: new Date(at.getTime() + rand.int(200, 8000)),
    };
    this.rows.push(row);
    return row;
  }

  /** An SMS alert, only when the customer consented to SMS. */
  sms(kind: TouchpointKind, at: Date, extra: TouchpointExtra = {}): TouchpointRow | null {
    return this.customer.row.consentSms ? this.add(kind, at, 'sms', extra) : null;
  }

  /** An alert by SMS when consented, else by email, else as an app notification. */
  notify(kind: TouchpointKind, at: Date, extra: TouchpointExtra = {}): TouchpointRow | null {
    const row = this.customer.row;
    return this.add(kind, at, row.consentSms ? 'sms' : row.email ? 'email' : 'app', extra);
  }

  /** An email, only when there is an address on file. */
  email(kind: TouchpointKind, at: Date, extra: TouchpointExtra = {}): TouchpointRow | null {
    return this.customer.row.email ? this.add(kind, at, 'email', extra) : null;
  }

  find(predicate: (row: TouchpointRow) => boolean): TouchpointRow | undefined {
    return this.rows.find(predicate);
  }

  /** A moment on the given day at a plausible local hour for this customer. */
  onDay(day: Date): Date {
    const { rand } = this.ctx;
    let point = rand.next() * HOUR_TOTAL;
    let hour = 0;
    for (; hour < 23; hour++) {
      point -= HOUR_WEIGHTS[hour] ?? 0;
      if (point < 0) break;
    }
    const localMidnight = Math.floor(day.getTime() / DAY_MS) * DAY_MS;
    const offset = UTC_OFFSET_HOURS[this.customer.language] * HOUR_MS;
    return new Date(
      localMidnight -
        offset +
        hour * HOUR_MS +
        rand.int(0, 59) * MINUTE_MS +
        rand.int(0, 59) * 1000,
    );
  }

  /** Some time between two instants (recent-biased when `bias` > 1). */
  between(from: Date, to: Date, bias = 1): Date {
    const span = to.getTime() - from.getTime();
    if (span <= 0) return from;
    return new Date(to.getTime() - span * this.ctx.rand.next() ** bias);
  }

  /** Page dwell in seconds: log-normal around ~40 s with a long tail (a few stuck customers). */
  dwell(): number {
    const { rand } = this.ctx;
    const u = 1 - rand.next();
    const v = rand.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(3600, Math.max(2, Math.round(Math.exp(3.6 + 1.1 * z))));
  }
}
