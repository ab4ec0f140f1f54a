import { describe, expect, it } from 'vitest';
import { PROACTIVE_ACTIONS, WORKLIST_OUTCOMES, WORKLIST_STATUSES } from '../../../../shared/domain';
import { WORKLIST_FILTERS } from '../../api/preemption/keys';
import en from './locales/en';
import fa from './locales/fa';
import zhCN from './locales/zh-CN';

const locales = { en, 'zh-CN': zhCN, fa } as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

const enumLabels: [keyof typeof en, readonly string[]][] = [
  ['action', PROACTIVE_ACTIONS],
  ['status', WORKLIST_STATUSES],
  ['outcomes', WORKLIST_OUTCOMES],
  ['filter', WORKLIST_FILTERS],
];

describe('worklist locales', () => {
  it('has the same keys in every language', () => {
    const expected = keysOf(en).sort();
    expect(keysOf(zhCN).sort()).toEqual(expected);
    expect(keysOf(fa).sort()).toEqual(expected);
  });

  it.each(Object.entries(locales))(
    '%s names every action, status, outcome and filter',
    (_, messages) => {
      for (const [group, values] of enumLabels) {
        const labels = messages[group] as Record<string, unknown>;
        for (const value of values) {
          const label = labels[value];
          expect(typeof label === 'string' && label.trim().length > 0, `${group}.${value}`).toBe(
            true,
          );
        }
      }
    },
  );

  it('speaks Persian in fa and Chinese in zh-CN', () => {
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(zhCN.title).toMatch(/[\u4E00-\u9FFF]/);
  });
});
