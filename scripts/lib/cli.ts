import { InvalidArgumentError } from 'commander';

/** A commander option parser for counts: a whole number ≥ 1, or a clear error naming the rule. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

/** The same for a number that may be 0, such as seconds of warm-up: a whole number ≥ 0. */
export function nonNegativeInt(value: string): number {
  // Number('') is 0: only digits count.
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return Number(value);
}
