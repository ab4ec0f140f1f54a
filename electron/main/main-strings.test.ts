import { describe, expect, it } from 'vitest';
import { AGENT_STATES, LANGUAGES } from '../../shared/domain.js';
import { formatCount, MAIN_STRINGS, mainStrings } from './main-strings.js';

describe('main-strings', () => {
  it('has every string, non-empty, in every language', () => {
    for (const language of LANGUAGES) {
      const strings = mainStrings(language);
      for (const state of AGENT_STATES) expect(strings.presence[state], language).not.toBe('');
      for (const text of [strings.signedOut, strings.showApp, strings.quit]) {
        expect(text.trim(), language).not.toBe('');
      }
      expect(strings.waiting('7'), language).toContain('7');
    }
    expect(Object.keys(MAIN_STRINGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it('writes counts in the language’s digits', () => {
    expect(formatCount('en', 1200)).toBe('1,200');
    expect(formatCount('zh-CN', 3)).toBe('3');
    expect(formatCount('fa', 12)).toBe('۱۲');
  });
});
