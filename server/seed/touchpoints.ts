/**
 * Everyday behaviour between the big moments: page views (with dwell), app sessions,
 * downloads, IVR, calls, chats, emails, branch visits and repurchase signals.
 */
import { POLICY_LINES } from '../../shared/domain.js';
import type { SeedContext } from './context.js';
import type { PolicyDraft } from './policies.js';
import type { Weighted } from './rng.js';
import type { Timeline } from './timeline.js';
import { LONG_DWELL_SECONDS } from './touchpoint-kinds.js';
import type { TouchpointKind } from './touchpoint-kinds.js';

type EverydayKind = Extract<
  TouchpointKind,
  | 'portal_page_view'
  | 'app_session'
  | 'document_download'
  | 'ivr_self_service'
  | 'voice_call_inbound'
  | 'chat_session'
  | 'email_inquiry'
  | 'branch_visit'
  | 'cross_sell_offer_viewed'
  | 'email_cross_sell'
  | 'new_quote_requested'
  | 'referral_submitted'
  | 'tier_callback'
>;

const EVERYDAY: Weighted<EverydayKind> = [
  ['portal_page_view', 30],
  ['app_session', 22],
  ['document_download', 6],
  ['ivr_self_service', 7],
  ['voice_call_inbound', 10],
  ['chat_session', 9],
  ['email_inquiry', 3],
  ['branch_visit', 2],
  ['cross_sell_offer_viewed', 4],
  ['email_cross_sell', 3],
  ['new_quote_requested', 2],
  ['referral_submitted', 1],
  ['tier_callback', 3],
];
/** Paths matching the texts' `pages`, in the same order. */
const PAGE_PATHS = [
  '/policies',
  '/claims',
  '/renewal',
  '/payments',
  '/documents',
  '/cancel',
  '/help',
  '/benefits',
];
const IVR_PATHS = [
  'policy>status',
  'claims>status',
  'payments>pay',
  'payments>balance',
  'documents>resend',
];
/** Mean everyday touchpoints per customer of average activity (tuned for ~20 touchpoints in all). */
export const EVERYDAY_MEAN = 6;

export function everydayActivity(
  tl: Timeline,
  ctx: SeedContext,
  policyList: readonly PolicyDraft[],
): void {
  const { rand, anchor } = ctx;
  const customer = tl.customer;
  const texts = customer.texts;
  const count = Math.round(rand.exponential(EVERYDAY_MEAN) * customer.activity);
  const owned = new Set(policyList.map((p) => p.line));
  const otherLines = POLICY_LINES.filter((line) => !owned.has(line));
  for (let i = 0; i < count; i++) {
    const kind = rand.weighted(EVERYDAY);
    const at = tl.onDay(tl.between(customer.since, anchor, 2));
    const policy = rand.chance(0.5) ? rand.pick(policyList) : null;
    const base = { policyId: policy?.row.id ?? null };
    const device = rand.chance(0.85) ? 'mobile' : 'desktop';
    switch (kind) {
      case 'portal_page_view': {
        const page = rand.int(0, texts.pages.length - 1);
        const dwell = tl.dwell();
        tl.add(kind, at, 'portal', {
          ...base,
          dwell,
          anomaly: dwell >= LONG_DWELL_SECONDS ? 'long_dwell' : null,
          vars: { page: texts.pages[page] },
          attributes: { path: PAGE_PATHS[page] ?? '/', device },
        });
        break;
      }
      case 'app_session':
        tl.add(kind, at, 'app', {
          ...base,
          dwell: tl.dwell(),
          vars: { page: rand.pick(texts.pages) },
        });
        break;
      case 'document_download':
        tl.add(kind, at, device === 'mobile' ? 'app' : 'portal', {
          ...base,
          vars: { topic: rand.pick(texts.documents) },
        });
        break;
      case 'ivr_self_service':
        tl.add(kind, at, 'ivr', {
          ...base,
          vars: { topic: rand.pick(texts.topics) },
          attributes: { path: rand.pick(IVR_PATHS) },
        });
        break;
      case 'voice_call_inbound':
        tl.add(kind, at, 'voice', { ...base, vars: { topic: rand.pick(texts.topics) } });
        break;
      case 'chat_session':
        tl.add(kind, at, 'chat', { ...base, vars: { topic: rand.pick(texts.topics) } });
        break;
      case 'email_inquiry':
        tl.email(kind, at, { ...base, vars: { topic: rand.pick(texts.topics) } });
        break;
      case 'branch_visit':
        tl.add(kind, at, 'branch', { ...base, vars: { topic: rand.pick(texts.topics) } });
        break;
      case 'cross_sell_offer_viewed':
      case 'new_quote_requested': {
        const line = otherLines.length > 0 ? rand.pick(otherLines) : rand.pick(POLICY_LINES);
        tl.add(kind, at, kind === 'cross_sell_offer_viewed' ? 'app' : 'portal', {
          vars: { product: rand.pick(texts.products[line]) },
        });
        break;
      }
      case 'email_cross_sell':
        if (customer.row.consentMarketing) {
          const line = otherLines.length > 0 ? rand.pick(otherLines) : rand.pick(POLICY_LINES);
          tl.email(kind, at, { vars: { product: rand.pick(texts.products[line]) } });
        }
        break;
      case 'referral_submitted':
        tl.add(kind, at, 'app');
        break;
      case 'tier_callback':
        if (
          customer.tier === 'diamond' ||
          customer.tier === 'platinum' ||
          customer.tier === 'gold'
        ) {
          tl.add(kind, at, 'voice', {
            vars: {
              entitlement: texts.tierEntitlement[customer.tier],
              madeBy: customer.row.advisorName ?? rand.pick(ctx.agentNames),
            },
          });
        }
        break;
    }
  }
}
