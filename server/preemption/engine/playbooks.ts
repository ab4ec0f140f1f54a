/**
 * Playbooks: the rules' playbooks whose every selector matches the assessment, in file order, at
 * most three. Scripts marked as marketing in the catalog are dropped for customers without
 * marketing consent (the offer moves stay: they are service, the scripts are sales copy).
 */
import type { JourneyStage, RiskBand } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { PlaybookMatch, RiskContribution, RiskReason } from '../../../shared/schemas/risk.js';
import { SCRIPT_TEMPLATES } from '../../seed/scripts-catalog.js';
import type { EngineContext } from './context.js';
import { TOPIC_STAGES, topicKey } from './detection.js';

export const MAX_PLAYBOOKS = 3;

/** Script keys the catalog marks as marketing. */
export const MARKETING_SCRIPTS: ReadonlySet<string> = new Set(
  SCRIPT_TEMPLATES.filter((t) => t.marketing).map((t) => t.key),
);

/**
 * The journey stages the reason is at: the stages of the touchpoints that show it (a claim's
 * rescue, report or assessment) and the stage its topic kind belongs to (renewal → renewal,
 * policy data → underwriting…).
 */
export function reasonStages(ctx: EngineContext, reason: RiskReason, contributions: readonly RiskContribution[]): Set<JourneyStage> {
  const stages = new Set<JourneyStage>(TOPIC_STAGES[reason.topic.kind]);
  if (reason.topic.kind === 'none') return stages;
  const key = topicKey(reason.topic);
  const ids = new Set(contributions.filter((c) => topicKey(c.topic) === key).flatMap((c) => c.evidence));
  if (ids.size > 0) for (const t of ctx.tps) if (ids.has(t.tp.id)) stages.add(t.tp.stage);
  return stages;
}

export function selectPlaybooks(
  ctx: EngineContext,
  rules: PreemptionRules,
  assessment: { band: RiskBand; reason: RiskReason; contributions: readonly RiskContribution[] },
): PlaybookMatch[] {
  const { customer, channel } = ctx.input;
  const { band, reason } = assessment;
  const causes = new Set(reason.rootCauses.map((r) => r.code));
  let stages: Set<JourneyStage> | null = null;
  const out: PlaybookMatch[] = [];
  for (const p of rules.playbooks) {
    if (out.length >= MAX_PLAYBOOKS) break;
    const w = p.when;
    if (w.topics && !w.topics.includes(reason.topic.kind)) continue;
    if (w.bands && !w.bands.includes(band)) continue;
    if (w.tiers && !w.tiers.includes(customer.tier)) continue;
    if (w.channels && (channel === undefined || !w.channels.includes(channel))) continue;
    if (w.rootCauses && !w.rootCauses.some((c) => causes.has(c))) continue;
    if (w.signals && !assessment.contributions.some((c) => w.signals?.includes(c.signal))) continue;
    if (w.stages) {
      stages ??= reasonStages(ctx, reason, assessment.contributions);
      const at = stages;
      if (!w.stages.some((s) => at.has(s))) continue;
    }
    out.push({
      id: p.id,
      title: p.title,
      moves: [...p.moves],
      scripts: customer.consentMarketing ? [...p.scripts] : p.scripts.filter((s) => !MARKETING_SCRIPTS.has(s)),
    });
  }
  return out;
}
