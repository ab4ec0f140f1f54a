/**
 * One shared Mersenne randomizer behind three per-locale Faker instances, so that a single
 * `reseed(...)` makes every draw (structure and names alike) reproducible.
 */
import { Faker, base, en, fa, generateMersenne53Randomizer, zh_CN } from '@faker-js/faker';
import type { Randomizer } from '@faker-js/faker';
import type { Language } from '../../shared/domain.js';

export type Weighted<T> = readonly (readonly [T, number])[];

export class Rand {
  readonly randomizer: Randomizer;
  readonly faker: Readonly<Record<Language, Faker>>;

  constructor() {
    this.randomizer = generateMersenne53Randomizer();
    const randomizer = this.randomizer;
    this.faker = {
      'zh-CN': new Faker({ locale: [zh_CN, en, base], randomizer }),
      en: new Faker({ locale: [en, base], randomizer }),
      fa: new Faker({ locale: [fa, en, base], randomizer }),
    };
  }

  /** Restarts the sequence; the same parts always give the same draws. */
  reseed(...parts: number[]): void {
    this.randomizer.seed(parts);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.randomizer.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.randomizer.next() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  real(min: number, max: number): number {
    return min + this.randomizer.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.randomizer.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.randomizer.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by relative weight. */
  weighted<T>(choices: Weighted<T>): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let point = this.randomizer.next() * total;
    for (const [value, weight] of choices) {
      point -= weight;
      if (point < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Exponentially distributed with the given mean (long tail, never negative). */
  exponential(mean: number): number {
    return -Math.log(1 - this.randomizer.next()) * mean;
  }
}
