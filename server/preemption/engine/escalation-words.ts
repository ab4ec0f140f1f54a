/**
 * Finding the rules' escalation words in what a customer wrote or said. A word written in Latin
 * letters or digits ("sue", "12378") matches as a whole word, case-insensitively, with an
 * optional plural -s/-es ("complaints" is "complaint"; "suede" is not "sue", "3150" is not
 * "315"). Chinese and Persian words match anywhere in the text ("我要投诉" holds "投诉").
 */
import type { LANGUAGES } from '../../../shared/domain.js';

type Words = Readonly<Record<(typeof LANGUAGES)[number], readonly string[]>>;

interface WordMatcher {
  /** The word as the rules spell it (reported in the facts). */
  readonly word: string;
  readonly matches: (normalised: string) => boolean;
}

interface Matchers {
  /** Any of the words: most texts hold none, and one test settles it. */
  readonly any: RegExp | null;
  readonly each: readonly WordMatcher[];
}

const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}\s'’-]+$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (pattern: string) => `(?<![\\p{Script=Latin}\\p{Nd}])(?:${pattern})(?:e?s)?(?![\\p{Script=Latin}\\p{Nd}])`;

/**
 * Lower case, Arabic yeh/kaf as Persian ones, zero-width non-joiners and runs of spaces as one
 * space: so that "بيمه مركزي" typed on an Arabic keyboard still matches "بیمه مرکزی".
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\s\u200c]+/g, ' ');
}

function compile(words: Words): Matchers {
  const seen = new Set<string>();
  const each: WordMatcher[] = [];
  const latin: string[] = [];
  const anywhere: string[] = [];
  for (const list of Object.values(words)) {
    for (const word of list) {
      const norm = normaliseText(word.trim());
      if (norm === '' || seen.has(norm)) continue;
      seen.add(norm);
      if (LATIN_WORD.test(norm)) {
        const re = new RegExp(wholeWord(escape(norm)), 'u');
        latin.push(escape(norm));
        each.push({ word, matches: (text) => re.test(text) });
      } else {
        anywhere.push(escape(norm));
        each.push({ word, matches: (text) => text.includes(norm) });
      }
    }
  }
  const parts = [...(latin.length > 0 ? [wholeWord(latin.join('|'))] : []), ...anywhere];
  return { any: parts.length > 0 ? new RegExp(parts.join('|'), 'u') : null, each };
}

/** Compiled once per rules object: the rules change rarely, the texts on every touchpoint. */
const cache = new WeakMap<Words, Matchers>();

/** The rules' words found in `text`, in the rules' order and spelling. */
export function findEscalationWords(text: string, words: Words): string[] {
  let matchers = cache.get(words);
  if (!matchers) {
    matchers = compile(words);
    cache.set(words, matchers);
  }
  const normalised = normaliseText(text);
  if (matchers.any === null || !matchers.any.test(normalised)) return [];
  return matchers.each.filter((m) => m.matches(normalised)).map((m) => m.word);
}
