/**
 * A claim's touchpoints: report (FNOL), rescue, adjuster and repair partners, the customer
 * checking and chasing, the promised date passing, and the outcome.
 */
import type { TouchpointChannel } from '../../shared/domain.js';
import type { SeedContext } from './context.js';
import type { ClaimDraft } from './claims.js';
import type { Weighted } from './rng.js';
import type { Timeline } from './timeline.js';
import { LONG_DWELL_SECONDS } from './touchpoint-kinds.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, addDays, addMinutes } from './time.js';

const REPORT_CHANNELS: Weighted<TouchpointChannel> = [
  ['voice', 50],
  ['app', 35],
  ['ivr', 15],
];

export function claimJourney(tl: Timeline, ctx: SeedContext, claim: ClaimDraft): void {
  const { rand, anchor } = ctx;
  const texts = tl.customer.texts;
  const line = claim.policy.line;
  const base = { claimId: claim.row.id, policyId: claim.policy.row.id };
  const reported = claim.reportedAt;
  const end = claim.closedAt ?? anchor;

  tl.add('claim_reported', reported, rand.weighted(REPORT_CHANNELS), {
    ...base,
    vars: { description: claim.row.description },
  });
  tl.sms('sms_fnol_acknowledgement', addMinutes(reported, rand.int(1, 4)), base);
  if (line === 'motor' || line === 'property') {
    tl.sms('sms_photo_upload_link', addMinutes(reported, rand.int(3, 10)), base);
    if (rand.chance(0.8))
      tl.add('claim_photos_uploaded', addMinutes(reported, rand.int(20, 2880)), 'app', {
        ...base,
        vars: { count: rand.int(2, 9) },
      });
  }

  if (claim.rescue) {
    const rescue = claim.rescue;
    const dispatched = addMinutes(reported, rand.int(5, 20));
    tl.add('rescue_dispatched', dispatched, 'partner', { ...base, partner: rescue });
    const x = rand.next();
    const noShow = (1 - rescue.reliability) * 0.5;
    const late = (1 - rescue.reliability) * 0.8;
    if (x < noShow) {
      tl.add('rescue_no_show', addMinutes(dispatched, rand.int(60, 120)), 'partner', {
        ...base,
        partner: rescue,
      });
    } else if (x < noShow + late) {
      const minutes = rand.int(75, 180);
      tl.add('rescue_late', addMinutes(dispatched, minutes), 'partner', {
        ...base,
        partner: rescue,
        vars: { minutes },
      });
    } else {
      const minutes = rand.int(20, 58);
      tl.add('rescue_arrived', addMinutes(dispatched, minutes), 'partner', {
        ...base,
        partner: rescue,
        vars: { minutes },
      });
    }
  }

  if (claim.adjuster) {
    const adjuster = claim.adjuster;
    const assigned = new Date(reported.getTime() + rand.int(1, 24) * HOUR_MS);
    tl.add('adjuster_assigned', assigned, 'partner', { ...base, partner: adjuster });
    tl.sms('sms_adjuster_contact', addMinutes(assigned, rand.int(5, 60)), {
      ...base,
      partner: adjuster,
    });
    let visit = tl.onDay(addDays(assigned, rand.int(1, 3)));
    if (rand.chance((1 - adjuster.reliability) * 0.8 + (claim.late ? 0.15 : 0))) {
      tl.add('adjuster_no_show', visit, 'partner', { ...base, partner: adjuster });
      visit = tl.onDay(addDays(visit, rand.int(1, 4)));
    }
    if (visit.getTime() < end.getTime())
      tl.add('adjuster_visit', visit, 'partner', { ...base, partner: adjuster });
  }
  if (line === 'motor' && rand.chance(0.6)) {
    tl.add('repair_checkin', tl.onDay(addDays(reported, rand.int(1, 4))), 'partner', {
      ...base,
      partner: ctx.partners.pick(rand, 'repair', tl.customer.language),
    });
  }

  // The customer checks and chases; late claims get checked more and with long dwell.
  const checks = claim.late ? rand.int(2, 5) : rand.int(0, 3);
  for (let i = 0; i < checks; i++) {
    const stuck = claim.late && i === checks - 1;
    const dwell = stuck ? rand.int(LONG_DWELL_SECONDS, 1100) : tl.dwell();
    const at = stuck
      ? new Date(anchor.getTime() - rand.int(30, 48 * 60) * MINUTE_MS)
      : tl.between(reported, end);
    tl.add('claim_status_checked', at, rand.chance(0.55) ? 'app' : 'portal', {
      ...base,
      dwell,
      anomaly: dwell >= LONG_DWELL_SECONDS ? 'long_dwell' : null,
      attributes: {
        path: `/claims/${claim.row.id}`,
        device: rand.chance(0.85) ? 'mobile' : 'desktop',
      },
    });
  }
  const calls = claim.late ? rand.int(1, 2) : rand.chance(0.3) ? 1 : 0;
  for (let i = 0; i < calls; i++)
    tl.add('claim_follow_up_call', tl.between(reported, end), 'voice', base);

  // The promised date passing without a decision.
  const promised = claim.promisedAt;
  if (claim.late || (claim.closedAt && claim.closedAt.getTime() > promised.getTime())) {
    tl.notify('claim_sla_breached', new Date(promised.getTime() + rand.int(1, 6) * HOUR_MS), {
      ...base,
      vars: { date: texts.formatDate(promised) },
    });
  }
  if (claim.late)
    tl.add(
      'claim_follow_up_call',
      new Date(anchor.getTime() - rand.int(60, 72 * 60) * MINUTE_MS),
      'voice',
      base,
    );

  outcome(tl, ctx, claim);
}

function outcome(tl: Timeline, ctx: SeedContext, claim: ClaimDraft): void {
  const { rand, anchor } = ctx;
  const texts = tl.customer.texts;
  const base = { claimId: claim.row.id, policyId: claim.policy.row.id };
  const closed = claim.closedAt;
  const paidMinor = claim.row.amountPaidMinor ?? null;
  switch (claim.status) {
    case 'approved': {
      const approvedAmount =
        Math.round((claim.row.amountClaimedMinor * rand.real(0.7, 1)) / 100) * 100;
      tl.notify('claim_approved', tl.between(claim.reportedAt, anchor), {
        ...base,
        vars: { amount: texts.formatAmount(approvedAmount) },
      });
      break;
    }
    case 'paid':
    case 'closed':
      if (closed && paidMinor !== null) {
        const amount = texts.formatAmount(paidMinor);
        tl.notify('claim_approved', new Date(closed.getTime() - rand.int(2, 48) * HOUR_MS), {
          ...base,
          vars: { amount },
        });
        tl.notify('claim_paid', closed, { ...base, vars: { amount } });
      }
      break;
    case 'rejected':
      if (closed)
        tl.add('claim_rejected', closed, tl.customer.row.email ? 'email' : 'app', {
          ...base,
          vars: { topic: rand.pick(texts.rejectReasons) },
        });
      break;
    case 'reported':
    case 'assessing':
      break;
  }
  if (claim.policy.line === 'health' && closed) {
    tl.sms(
      'sms_health_consultation',
      new Date(closed.getTime() + 30 * DAY_MS + rand.int(0, 600) * MINUTE_MS),
      base,
    );
  }
}
