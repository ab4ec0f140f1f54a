import type { PopBundle, RecommendedScript } from '../../../shared/schemas/pop';
import type { RiskAssessment } from '../../../shared/schemas/risk';

/**
 * The pop with a freshly computed risk and the scripts its playbooks bring forward. An
 * assessment older than the one shown (events crossing on the wire) leaves the pop as it is.
 */
export function applyRiskUpdate(
  pop: PopBundle,
  risk: RiskAssessment,
  scripts: readonly RecommendedScript[],
): PopBundle {
  if (pop.risk !== null && Date.parse(pop.risk.computedAt) > Date.parse(risk.computedAt)) {
    return pop;
  }
  return { ...pop, risk, scripts: [...scripts] };
}
