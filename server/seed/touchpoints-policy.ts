/** Sale, underwriting, renewal and refund touchpoints of one policy. */
import type { TouchpointChannel } from '../../shared/domain.js';
import type { SeedContext } from './context.js';
import type { PolicyDraft } from './policies.js';
import type { Weighted } from './rng.js';
import type { Timeline } from './timeline.js';
import { LONG_DWELL_SECONDS } from './touchpoint-kinds.js';
import { DAY_MS, HOUR_MS, addDays, addMinutes, addYears } from './time.js';

const PURCHASE_CHANNELS: Weighted<TouchpointChannel> = [
  ['portal', 35],
  ['app', 35],
  ['branch', 15],
  ['voice', 15],
];
const PAY_CHANNELS: Weighted<TouchpointChannel> = [
  ['app', 45],
  ['portal', 40],
  ['ivr', 15],
];

export function policyJourney(
  tl: Timeline,
  ctx: SeedContext,
  policy: PolicyDraft,
  first: boolean,
): void {
  const { rand, anchor } = ctx;
  const customer = tl.customer;
  const texts = customer.texts;
  const policyId = policy.row.id;
  const base = { policyId, vars: { product: policy.product } };

  // Sale
  if (customer.intermediary && rand.chance(0.7)) {
    tl.add('intermediary_visit', tl.onDay(addDays(policy.start, -rand.int(2, 20))), 'partner', {
      ...base,
      partner: customer.intermediary,
    });
  } else if (rand.chance(0.6)) {
    tl.add(
      'quote_requested',
      tl.onDay(addDays(policy.start, -rand.int(1, 14))),
      rand.chance(0.5) ? 'portal' : 'app',
      base,
    );
  }
  const purchasedAt = tl.onDay(policy.start);
  const viaPartner = customer.intermediary !== null && rand.chance(0.6);
  tl.add(
    'policy_purchased',
    purchasedAt,
    viaPartner ? 'partner' : rand.weighted(PURCHASE_CHANNELS),
    {
      ...base,
      partner: viaPartner ? customer.intermediary : null,
    },
  );
  if (first) {
    tl.sms('sms_welcome', addMinutes(purchasedAt, rand.int(5, 90)));
    tl.email('email_welcome', addMinutes(purchasedAt, rand.int(30, 600)), base);
  }

  // Underwriting
  if (rand.chance(0.5))
    tl.add('underwriting_approved', addMinutes(purchasedAt, rand.int(10, 1440)), 'app', base);
  tl.email('policy_documents_emailed', addMinutes(purchasedAt, rand.int(60, 2880)), base);
  if (rand.chance(0.1)) {
    tl.sms('sms_policy_endorsed', tl.onDay(tl.between(policy.start, anchor)), {
      ...base,
      vars: { topic: rand.pick(texts.endorsements) },
    });
  }

  // Renewals already passed
  const premium = texts.formatAmount(policy.row.premiumMinor);
  for (const anniversary of policy.renewedOn) {
    const date = texts.formatDate(anniversary);
    if (rand.chance(0.85))
      tl.sms('sms_renewal_reminder', tl.onDay(addDays(anniversary, -30)), {
        ...base,
        vars: { date },
      });
    if (rand.chance(0.3)) {
      const dwell = tl.dwell();
      tl.add('renewal_quote_viewed', tl.onDay(addDays(anniversary, -rand.int(3, 25))), 'portal', {
        ...base,
        dwell,
        anomaly: dwell >= LONG_DWELL_SECONDS ? 'long_dwell' : null,
        vars: { amount: premium },
      });
    }
    tl.add(
      'payment_received',
      tl.onDay(addDays(anniversary, -rand.int(0, 10))),
      rand.weighted(PAY_CHANNELS),
      { ...base, vars: { amount: premium } },
    );
    const until = texts.formatDate(addYears(anniversary, 1));
    tl.add('policy_renewed', tl.onDay(anniversary), tl.customer.row.email ? 'email' : 'app', {
      ...base,
      vars: { date: until },
    });
  }

  currentTerm(tl, ctx, policy, premium);
}

function currentTerm(tl: Timeline, ctx: SeedContext, policy: PolicyDraft, premium: string): void {
  const { rand, anchor } = ctx;
  const texts = tl.customer.texts;
  const base = { policyId: policy.row.id, vars: { product: policy.product } };
  const renewalDate = texts.formatDate(policy.renewal);
  const daysOverdue = policy.row.daysOverdue ?? 0;
  const overdueSince = addDays(anchor, -daysOverdue);

  if (policy.status === 'active' && policy.renewal.getTime() - anchor.getTime() <= 30 * DAY_MS) {
    // Renewal within 30 days: the reminder that 60% of unreminded motor customers never got.
    if (rand.chance(0.85))
      tl.sms('sms_renewal_reminder', tl.onDay(addDays(policy.renewal, -30)), {
        ...base,
        vars: { date: renewalDate },
      });
    tl.email('email_renewal_notice', tl.onDay(addDays(policy.renewal, -rand.int(20, 35))), {
      ...base,
      vars: { amount: premium },
    });
    if (rand.chance(0.5)) {
      const dwell = rand.chance(0.25) ? rand.int(LONG_DWELL_SECONDS, 1200) : tl.dwell();
      const rise = rand.int(-5, 30);
      tl.add(
        'renewal_quote_viewed',
        new Date(anchor.getTime() - rand.int(2, 240) * HOUR_MS),
        'portal',
        {
          ...base,
          dwell,
          anomaly: dwell >= LONG_DWELL_SECONDS ? 'long_dwell' : null,
          vars: {
            amount: texts.formatAmount(
              Math.round((policy.row.premiumMinor * (100 + rise)) / 10000) * 100,
            ),
          },
          attributes: { premiumChangePct: rise, device: rand.chance(0.85) ? 'mobile' : 'desktop' },
        },
      );
    }
    if (rand.chance(0.3))
      tl.add('outbound_renewal_call', tl.onDay(addDays(anchor, -rand.int(1, 10))), 'voice', base);
  }

  switch (policy.status) {
    case 'active':
    case 'pending_cancellation':
      if (policy.row.paymentStatus === 'failed' || policy.status === 'pending_cancellation') {
        tl.add('payment_failed', tl.onDay(overdueSince), rand.chance(0.5) ? 'app' : 'portal', {
          ...base,
          vars: { amount: premium },
          attributes: {
            reason: rand.pick(['insufficient_funds', 'card_expired', 'bank_declined']),
          },
        });
      }
      if (daysOverdue > 0) {
        tl.sms(
          'sms_payment_overdue',
          tl.onDay(addDays(overdueSince, Math.min(3, daysOverdue - 1))),
          { ...base, vars: { days: Math.min(3, daysOverdue) } },
        );
      }
      if (daysOverdue > 10)
        tl.sms('sms_payment_overdue', tl.onDay(addDays(anchor, -rand.int(1, 3))), {
          ...base,
          vars: { days: daysOverdue },
        });
      if (policy.status === 'pending_cancellation') {
        const deadline = texts.formatDate(addDays(anchor, rand.int(3, 10)));
        tl.sms('sms_pending_cancellation', tl.onDay(addDays(anchor, -rand.int(1, 5))), {
          ...base,
          vars: { date: deadline },
        });
        if (rand.chance(0.4))
          tl.add(
            'outbound_renewal_call',
            tl.onDay(addDays(anchor, -rand.int(1, 4))),
            'voice',
            base,
          );
      }
      break;
    case 'lapsed':
      tl.sms('sms_payment_overdue', tl.onDay(addDays(overdueSince, 7)), {
        ...base,
        vars: { days: 7 },
      });
      tl.sms('sms_pending_cancellation', tl.onDay(addDays(overdueSince, 30)), {
        ...base,
        vars: { date: texts.formatDate(addDays(overdueSince, 45)) },
      });
      break;
    case 'expired':
      if (rand.chance(0.5))
        tl.sms('sms_renewal_reminder', tl.onDay(addDays(policy.renewal, -30)), {
          ...base,
          vars: { date: renewalDate },
        });
      if (rand.chance(0.5))
        tl.email('email_renewal_notice', tl.onDay(addDays(policy.renewal, -25)), {
          ...base,
          vars: { amount: premium },
        });
      break;
    case 'cancelled':
      refundJourney(tl, ctx, policy);
      break;
  }
}

function refundJourney(tl: Timeline, ctx: SeedContext, policy: PolicyDraft): void {
  const { rand } = ctx;
  const cancelledOn = policy.cancelledOn;
  if (!cancelledOn) return;
  const texts = tl.customer.texts;
  const base = { policyId: policy.row.id };
  const requestedAt = tl.onDay(cancelledOn);
  tl.add('refund_requested', requestedAt, rand.chance(0.5) ? 'portal' : 'voice', base);
  if (rand.chance(0.4))
    tl.add(
      'refund_retention_call',
      new Date(requestedAt.getTime() + rand.int(1, 48) * HOUR_MS),
      'voice',
      base,
    );
  tl.add(
    'policy_cancelled',
    new Date(requestedAt.getTime() + rand.int(2, 30) * HOUR_MS),
    tl.customer.row.email ? 'email' : 'app',
    base,
  );
  const refund = texts.formatAmount(
    Math.round((policy.row.premiumMinor * rand.real(0.2, 0.8)) / 100) * 100,
  );
  let paidAfterDays = rand.int(3, 9);
  if (rand.chance(0.15)) {
    // "Cold violence": the refund stalls past the 10-day target.
    tl.add('refund_delayed', tl.onDay(addDays(cancelledOn, 10)), 'email', {
      ...base,
      vars: { days: 10 },
    });
    paidAfterDays = rand.int(12, 25);
  }
  tl.notify('refund_paid', tl.onDay(addDays(cancelledOn, paidAfterDays)), {
    ...base,
    vars: { amount: refund },
  });
}
