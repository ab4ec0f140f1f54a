/** The checks every renderer namespace's locales pass: same keys, every enum value named, same placeholders. */
import { expect, it } from 'vitest';

type Messages = Record<string, unknown>;

export function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const at = (messages: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);

/**
 * Registers the three checks for one namespace. `enumLabels`: message groups that must name every
 * value of a domain list, e.g. `['band', RISK_BANDS]`.
 */
export function itHasCompleteLocales(
  locales: { en: Messages; 'zh-CN': Messages; fa: Messages },
  enumLabels: readonly (readonly [string, readonly string[]])[],
): void {
  it('has the same keys in every language', () => {
    const expected = keysOf(locales.en).sort();
    expect(keysOf(locales['zh-CN']).sort()).toEqual(expected);
    expect(keysOf(locales.fa).sort()).toEqual(expected);
  });

  it.each(Object.entries(locales))('%s names every value of its lists', (_, messages) => {
    for (const [group, values] of enumLabels) {
      const labels = messages[group] as Record<string, unknown>;
      for (const value of values) {
        const label = labels[value];
        expect(typeof label === 'string' && label.trim().length > 0, `${group}.${value}`).toBe(true);
      }
    }
  });

  it('keeps every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const messages of [locales['zh-CN'], locales.fa]) {
      for (const path of keysOf(messages)) {
        expect(placeholders(String(at(messages, path))), path).toEqual(placeholders(String(at(locales.en, path))));
      }
    }
  });
}
