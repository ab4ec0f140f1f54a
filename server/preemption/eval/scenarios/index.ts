/**
 * Every labelled scenario of the evaluation: the original set (the 58 customers the engine was
 * reasoned from) and the hold-out set (22 customers written before the 2026-11-22.3 changes, to
 * check that they generalise). The targets are checked on both together.
 */
import type { ScenarioSpec } from '../scenario.js';
import { CALM_SCENARIOS } from './calm.js';
import { CLAIM_SCENARIOS } from './claims.js';
import { HOLDOUT_SCENARIOS } from './holdout.js';
import { MIXED_SCENARIOS } from './mixed.js';
import { POLICY_SCENARIOS } from './policy.js';
import { SERVICE_SCENARIOS } from './service.js';

export { HOLDOUT_SCENARIOS };

export const ORIGINAL_SCENARIOS: readonly ScenarioSpec[] = [
  ...CLAIM_SCENARIOS,
  ...POLICY_SCENARIOS,
  ...SERVICE_SCENARIOS,
  ...MIXED_SCENARIOS,
  ...CALM_SCENARIOS,
];

/** The sets by name, as the evaluation reports them. */
export const SCENARIO_SETS: readonly { readonly name: string; readonly specs: readonly ScenarioSpec[] }[] = [
  { name: 'original', specs: ORIGINAL_SCENARIOS },
  { name: 'hold-out', specs: HOLDOUT_SCENARIOS },
];

/** All scenarios, original then hold-out. */
export const SCENARIOS: readonly ScenarioSpec[] = [...ORIGINAL_SCENARIOS, ...HOLDOUT_SCENARIOS];
