/**
 * Where a complaint started: an existing touchpoint that explains the root cause (the claim
 * passing its promised date, the adjuster's no-show…) or, failing that, a new one that does.
 */
import type { RootCause } from '../../shared/domain.js';
import type { SeedContext } from './context.js';
import type { ClaimDraft } from './claims.js';
import type { PolicyDraft } from './policies.js';
import type { ComplaintOrigin } from './texts/types.js';
import type { Timeline, TouchpointExtra, TouchpointRow } from './timeline.js';
import type { TouchpointChannel } from '../../shared/domain.js';
import { LONG_DWELL_SECONDS } from './touchpoint-kinds.js';
import { addDays } from './time.js';

export interface Origin {
  readonly row: TouchpointRow;
  readonly kind: ComplaintOrigin;
}

function find(
  tl: Timeline,
  kinds: readonly ComplaintOrigin[],
  claimId?: string,
): Origin | undefined {
  for (const row of tl.rows) {
    const kind = kinds.find((k) => k === row.kind);
    if (kind && (claimId === undefined || row.claimId === claimId)) return { row, kind };
  }
  return undefined;
}

function create(
  tl: Timeline,
  kind: ComplaintOrigin,
  at: Date,
  channel: TouchpointChannel,
  extra: TouchpointExtra,
): Origin | undefined {
  const row = tl.add(kind, at, channel, extra);
  return row ? { row, kind } : undefined;
}

export function originFor(
  ctx: SeedContext,
  tl: Timeline,
  cause: RootCause,
  policyList: readonly PolicyDraft[],
  claimList: readonly ClaimDraft[],
  brokenPromise: TouchpointRow | null,
): Origin | undefined {
  const { rand, anchor } = ctx;
  const texts = tl.customer.texts;
  const recent = tl.between(addDays(anchor, -150), addDays(anchor, -0.2), 1.5);
  const policy = rand.pick(policyList);
  const base = { policyId: policy.row.id };
  const lateClaim = claimList.find((c) => c.late);

  switch (cause) {
    case 'timeliness':
      return (
        (lateClaim && find(tl, ['claim_sla_breached'], lateClaim.row.id)) ??
        find(tl, ['claim_sla_breached', 'refund_delayed', 'rescue_late']) ??
        create(tl, 'policy_documents_delayed', recent, rand.chance(0.5) ? 'voice' : 'email', {
          ...base,
          vars: { days: rand.int(10, 30) },
        })
      );
    case 'attitude':
      return (
        find(tl, ['adjuster_no_show', 'rescue_no_show']) ??
        create(tl, 'dismissive_service', recent, 'voice', {
          ...base,
          vars: { topic: rand.pick(texts.topics) },
        })
      );
    case 'professionalism': {
      const agent = tl.customer.intermediary;
      const topic = rand.pick(texts.misinformation);
      return agent
        ? create(tl, 'sale_misinformation', recent, 'partner', {
            ...base,
            partner: agent,
            vars: { topic },
          })
        : create(tl, 'wrong_advice_given', recent, 'voice', { ...base, vars: { topic } });
    }
    case 'amount': {
      const existing = tl.find(
        (row) =>
          row.kind === 'renewal_quote_viewed' && row.attributes?.['premiumChangePct'] !== undefined,
      );
      if (existing) return { row: existing, kind: 'renewal_quote_viewed' };
      const rise = rand.int(15, 35);
      return create(tl, 'renewal_quote_viewed', recent, 'portal', {
        ...base,
        dwell: rand.int(LONG_DWELL_SECONDS, 900),
        anomaly: 'long_dwell',
        vars: {
          amount: texts.formatAmount(
            Math.round((policy.row.premiumMinor * (100 + rise)) / 10000) * 100,
          ),
        },
        attributes: { premiumChangePct: rise, device: 'mobile' },
      });
    }
    case 'accuracy':
      return create(tl, 'policy_data_error', recent, 'voice', {
        ...base,
        vars: { topic: rand.pick(texts.dataFields) },
      });
    case 'promise_mismatch': {
      if (brokenPromise) return { row: brokenPromise, kind: 'promise_broken' };
      const agent = tl.customer.intermediary;
      return create(tl, 'gift_not_delivered', recent, agent ? 'partner' : 'voice', {
        ...base,
        partner: agent,
        vars: { days: rand.int(20, 60) },
      });
    }
  }
}
