import type { Language } from '../../../shared/domain.js';
import { en } from './en.js';
import { fa } from './fa.js';
import type { SeedTexts } from './types.js';
import { zhCN } from './zh-CN.js';

export const TEXTS: Readonly<Record<Language, SeedTexts>> = { 'zh-CN': zhCN, en, fa };

const HOLE = /\{(\w+)\}/g;
/** Templates split once into [text, hole, text, hole, …, text]: millions of fills, one parse each. */
const compiled = new Map<string, readonly string[]>();

function compile(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(HOLE);
    compiled.set(template, parts);
  }
  return parts;
}

export type FillValue = string | number | null | undefined;

/** Fills `{name}` holes; a hole without a value is left out. */
export function fill(template: string, values: (name: string) => FillValue): string {
  const parts = compile(template);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const value = values(parts[i] ?? '');
    if (value !== undefined && value !== null) out += String(value);
    out += parts[i + 1] ?? '';
  }
  return out;
}

/** `fill` from a plain record. */
export function fillFrom(template: string, values: Readonly<Record<string, FillValue>>): string {
  return fill(template, (name) => values[name]);
}
