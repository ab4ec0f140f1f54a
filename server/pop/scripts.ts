import type { JourneyStage, Language, RootCause } from '../../shared/domain.js';
import { TIER_ENTITLEMENTS } from '../../shared/domain.js';
import type { RecommendedScript } from '../../shared/schemas/pop.js';
import type { PlaybookMatch, RiskAssessment } from '../../shared/schemas/risk.js';
import type { Claim, CustomerProfile, Policy } from '../../shared/schemas/customer.js';
import type { Complaint, CustomerPromise } from '../../shared/schemas/voc.js';
import { describeReason, entitlementLabel } from './script-labels.js';

/** A script template as stored: `{placeholders}` filled from the facts at pop time. */
export interface ScriptTemplate {
  id: string;
  title: string;
  body: string;
  language: Language;
  rootCause: RootCause | null;
  stage: JourneyStage | null;
  marketing: boolean;
  priority: number;
}

export interface ScriptFacts {
  customer: CustomerProfile;
  policies: Policy[];
  claims: Claim[];
  complaints: Complaint[];
  promises: CustomerPromise[];
  agentName: string;
  now: Date;
  /** The customer's risk as last computed: its playbooks and predicted causes lead the ranking. */
  risk?: RiskAssessment | null;
}

/** A script brought forward by a playbook ranks above every script that merely fits. */
const PLAYBOOK_BOOST = 30;

/** Catalog ids are `key.language`; playbooks name the language-independent key. */
const keyOf = (id: string) => id.split('.')[0] ?? id;

function playbookFor(id: string, playbooks: readonly PlaybookMatch[]): PlaybookMatch | undefined {
  const key = keyOf(id);
  return playbooks.find((p) => p.scripts.includes(key));
}

const DAY_MS = 86_400_000;
export const MAX_SCRIPTS = 5;

/** What the facts say the contact is probably about: root causes and stages to favour. */
function situation(facts: ScriptFacts) {
  // The claim the contact is predicted to be about comes first, so the script names that one.
  const topic = facts.risk?.reason.topic;
  const focus = topic?.kind === 'claim' ? topic.ref : null;
  const lateClaims = facts.claims
    .filter((c) => c.closedAt === null && c.promisedAt !== null && Date.parse(c.promisedAt) < facts.now.getTime())
    .sort((a, b) => Date.parse(a.promisedAt ?? '') - Date.parse(b.promisedAt ?? ''));
  const lateClaim = lateClaims.find((c) => c.id === focus) ?? lateClaims[0];
  const openClaim =
    lateClaim ?? facts.claims.find((c) => c.id === focus && c.closedAt === null) ?? facts.claims.find((c) => c.closedAt === null);
  const renewal = facts.policies
    .filter((p) => p.status === 'active' || p.status === 'pending_cancellation')
    .map((p) => ({ policy: p, days: Math.ceil((Date.parse(p.renewalDate) - facts.now.getTime()) / DAY_MS) }))
    .filter((r) => r.days >= 0 && r.days <= 30)
    .sort((a, b) => a.days - b.days)[0];
  const brokenPromise = facts.promises.some(
    (p) => p.status === 'broken' || (p.status === 'open' && Date.parse(p.dueAt) < facts.now.getTime()),
  );
  const causes = new Set<RootCause>(
    facts.complaints.filter((c) => c.status === 'open' || c.status === 'escalated').flatMap((c) => c.rootCauses),
  );
  for (const cause of facts.risk?.reason.rootCauses ?? []) causes.add(cause.code);
  if (lateClaim) causes.add('timeliness');
  if (brokenPromise) causes.add('promise_mismatch');
  const stages = new Set<JourneyStage>();
  if (openClaim) stages.add('claim');
  if (renewal) stages.add('renewal');
  if (facts.policies.some((p) => p.paymentStatus === 'failed' || p.status === 'pending_cancellation')) stages.add('renewal');
  return { lateClaim, openClaim, renewal, causes, stages };
}

/** Ranks the catalog for this customer and fills each script's placeholders; never invents a fact. */
export function recommendScripts(catalog: readonly ScriptTemplate[], facts: ScriptFacts): RecommendedScript[] {
  const s = situation(facts);
  const lang = facts.customer.preferredLanguage;
  const claim = s.openClaim;
  const daysLate = s.lateClaim?.promisedAt
    ? Math.max(1, Math.floor((facts.now.getTime() - Date.parse(s.lateClaim.promisedAt)) / DAY_MS))
    : null;
  const policy = s.renewal?.policy ?? facts.policies[0];
  const entitlementKey = TIER_ENTITLEMENTS[facts.customer.tier][0];
  const values: Record<string, string | null> = {
    customerName: facts.customer.name,
    claimId: claim?.id ?? null,
    daysLate: daysLate === null ? null : String(daysLate),
    promisedDate: claim?.promisedAt?.slice(0, 10) ?? null,
    policyId: policy?.id ?? null,
    renewalDate: policy?.renewalDate ?? null,
    entitlement: entitlementKey ? entitlementLabel(entitlementKey, lang) : null,
    advisorName: facts.customer.advisorName,
    agentName: facts.agentName,
  };

  const ranked: RecommendedScript[] = [];
  for (const t of catalog) {
    if (t.language !== lang) continue;
    if (t.marketing && !facts.customer.consent.marketing) continue;
    const text = fill(t.body, values);
    if (text === null) continue;
    const causeHit = t.rootCause !== null && s.causes.has(t.rootCause);
    const stageHit = t.stage !== null && s.stages.has(t.stage);
    const playbook = playbookFor(t.id, facts.risk?.playbooks ?? []);
    if (!playbook && t.rootCause !== null && !causeHit && t.stage !== null && !stageHit) continue;
    const score =
      t.priority + (causeHit ? 10 : 0) + (stageHit ? 5 : 0) - (t.marketing ? 3 : 0) + (playbook ? PLAYBOOK_BOOST : 0);
    ranked.push({
      id: t.id,
      title: t.title,
      text,
      reason: describeReason({ causeHit: causeHit ? t.rootCause : null, stageHit: stageHit ? t.stage : null, lang }),
      rootCause: t.rootCause,
      stage: t.stage,
      score,
      marketing: t.marketing,
      playbookId: playbook?.id ?? null,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, MAX_SCRIPTS);
}

/** Fills `{name}` placeholders; null when a placeholder has no fact (the script doesn't fit). */
export function fill(body: string, values: Record<string, string | null>): string | null {
  const missing: string[] = [];
  const text = body.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === null || value === undefined) missing.push(name);
    return value ?? '';
  });
  return missing.length > 0 ? null : text;
}
