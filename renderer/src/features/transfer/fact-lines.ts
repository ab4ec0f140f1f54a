/** An editable line of the facts handed over with a transfer. */
export interface FactLine {
  id: string;
  text: string;
  checked: boolean;
}

/** The shared schema's limits: at most 20 facts of at most 200 characters. */
export const MAX_FACTS = 20;
export const FACT_MAX_LENGTH = 200;

let nextId = 0;
const newId = () => `fact-${String((nextId += 1))}`;

/** Lines from suggested texts, all ticked, without duplicates or blanks. */
export function factLinesFrom(texts: readonly string[]): FactLine[] {
  const seen = new Set<string>();
  const lines: FactLine[] = [];
  for (const raw of texts) {
    const text = raw.trim().slice(0, FACT_MAX_LENGTH);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    lines.push({ id: newId(), text, checked: true });
  }
  return lines.slice(0, MAX_FACTS);
}

export function blankFactLine(): FactLine {
  return { id: newId(), text: '', checked: true };
}

/** What goes into the request: the ticked, non-empty lines, trimmed. */
export function checkedFacts(lines: readonly FactLine[]): string[] {
  return lines
    .filter((line) => line.checked)
    .map((line) => line.text.trim())
    .filter((text) => text !== '')
    .slice(0, MAX_FACTS);
}
