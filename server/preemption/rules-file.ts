/**
 * Reads and validates the pre-emption rules file (YAML). Errors name the line and the reason:
 * a YAML syntax error by its position, a schema error by the line of the offending key (or of
 * the object missing it).
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { preemptionRulesSchema, type PreemptionRules } from '../../shared/schemas/preemption-rules.js';

export type RulesParseResult =
  | { ok: true; rules: PreemptionRules }
  | { ok: false; line: number | null; message: string };

/** The deepest node on `path` that exists (a missing key is reported at its parent's line). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function parseRules(text: string): RulesParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line ?? counter.linePos(syntax.pos[0]).line;
    return { ok: false, line, message: `YAML: ${syntax.message.split('\n')[0] ?? syntax.code}` };
  }
  const parsed = preemptionRulesSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, rules: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, line: null, message: 'invalid rules' };
  const at = dotted(issue.path);
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  // An unknown key is reported at its own line, not its parent's.
  const path = unknownKeys[0] === undefined ? issue.path : [...issue.path, unknownKeys[0]];
  return {
    ok: false,
    line: lineOf(doc, counter, path),
    message: at === '' ? issue.message : `${at}: ${issue.message}`,
  };
}

export class RulesFileError extends Error {
  constructor(
    readonly source: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${source}${line === null ? '' : `:${String(line)}`}: ${reason}`);
    this.name = 'RulesFileError';
  }
}
