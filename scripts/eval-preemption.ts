/**
 * `npm run eval:preemption [-- rules.yaml]`: runs the labelled scenarios through the pre-emption
 * engine with the rules file (config/preemption-rules.yaml by default) and prints, for the
 * original set, the hold-out set and all together: reason top-1 accuracy, root-cause
 * precision/recall, high-risk recall and false alarms; then the misses. The targets are checked
 * on all scenarios together; exit code 1 when one is missed.
 */
import { ZodError } from 'zod';
import { evaluate, TARGETS, type EvalMetrics } from '../server/preemption/eval/evaluate.js';
import { DEFAULT_RULES_PATH, loadRulesFile } from '../server/preemption/eval/rules-file.js';
import { buildScenario } from '../server/preemption/eval/scenario.js';
import { SCENARIO_SETS, SCENARIOS } from '../server/preemption/eval/scenarios/index.js';

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function print(title: string, m: EvalMetrics, targets: boolean): void {
  const t = (s: string) => (targets ? `   target ${s}` : '');
  console.log(`── ${title}`);
  console.log(`scenarios            ${m.scenarios} (${m.expectedHigh} labelled high, ${m.expectedNotHigh} not high)`);
  console.log(`reason top-1         ${pct(m.reasonTop1)}${t(`≥ ${TARGETS.reasonTop1 * 100}%`)}`);
  console.log(`high-risk recall     ${pct(m.highRecall)}${t(`≥ ${TARGETS.highRecall * 100}%`)}`);
  console.log(`false alarms         ${pct(m.falseAlarmRate)}${t(`≤ ${TARGETS.falseAlarmRate * 100}%`)}`);
  console.log('root cause           precision  recall   (tp/fp/fn)');
  for (const c of m.rootCauses)
    console.log(
      `  ${c.code.padEnd(18)} ${pct(c.precision)}   ${pct(c.recall)}   (${c.truePositives}/${c.falsePositives}/${c.falseNegatives})`,
    );
  console.log('');
}

const path = process.argv[2] ?? DEFAULT_RULES_PATH;
try {
  const rules = loadRulesFile(path);
  console.log(`rules ${rules.version} (${path})\n`);
  for (const set of SCENARIO_SETS) print(set.name, evaluate(set.specs.map((s) => buildScenario(s)), rules).metrics, false);
  const report = evaluate(SCENARIOS.map((s) => buildScenario(s)), rules);
  print('all (targets)', report.metrics, true);
  console.log(`misses (${report.misses.length})`);
  for (const miss of report.misses) {
    const result = report.results.find((r) => r.id === miss.id);
    console.log(`  ${miss.id.padEnd(7)} ${miss.what.join('; ')}\n          ${result?.predicted.score ?? ''} ${result?.predicted.summary ?? ''}`);
  }
  if (report.failed.length > 0) {
    console.log(`\nFAILED: ${report.failed.join('; ')}`);
    process.exitCode = 1;
  } else console.log('\nall targets met');
} catch (error) {
  console.error(error instanceof ZodError ? `invalid rules file ${path}:\n${error.message}` : error);
  process.exitCode = 1;
}
