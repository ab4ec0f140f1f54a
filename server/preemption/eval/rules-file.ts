/** Reads and validates a rules file (the default one unless told), for the evaluation and tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { preemptionRulesSchema, type PreemptionRules } from '../../../shared/schemas/preemption-rules.js';

export const DEFAULT_RULES_PATH = fileURLToPath(new URL('../../../config/preemption-rules.yaml', import.meta.url));

export function loadRulesFile(path: string = DEFAULT_RULES_PATH): PreemptionRules {
  return preemptionRulesSchema.parse(parse(readFileSync(path, 'utf8')));
}
