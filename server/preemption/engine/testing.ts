/**
 * Helpers for the engine's tests: the default rules file (a fresh copy each call, so a test may
 * change it) and customers written like the evaluation scenarios, with times relative to NOW.
 */
import type { RiskSignal } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskAssessment, RiskContribution } from '../../../shared/schemas/risk.js';
import { loadRulesFile } from '../eval/rules-file.js';
import { buildScenario, EVAL_NOW, type ScenarioSpec } from '../eval/scenario.js';
import { assessRisk } from './assess.js';
import type { RiskInput } from './types.js';

const DEFAULT_RULES = loadRulesFile();

export const NOW = new Date(EVAL_NOW);

export function defaultRules(): PreemptionRules {
  return structuredClone(DEFAULT_RULES);
}

/** A customer's facts, scenario-style; a Silver customer with nothing by default. */
export type Facts = Partial<Omit<ScenarioSpec, 'id' | 'story' | 'expect'>>;

export function inputOf(facts: Facts): RiskInput {
  return buildScenario({
    id: 'T-1',
    story: '',
    customer: { tier: 'silver' },
    expect: { topic: ['none', null], rootCauses: [], high: false },
    ...facts,
  }).input;
}

export function assess(facts: Facts, rules: PreemptionRules = defaultRules()): RiskAssessment {
  return assessRisk(inputOf(facts), rules, NOW);
}

export function contributionOf(a: RiskAssessment, signal: RiskSignal): RiskContribution | undefined {
  return a.contributions.find((c) => c.signal === signal);
}

export const signalsOf = (a: RiskAssessment): RiskSignal[] => a.contributions.map((c) => c.signal);
