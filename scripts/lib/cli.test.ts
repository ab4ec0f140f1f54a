import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { nonNegativeInt, positiveInt } from './cli';

describe('option parsers', () => {
  it('takes whole numbers and names the rule for anything else', () => {
    expect(positiveInt('50')).toBe(50);
    expect(nonNegativeInt('0')).toBe(0);
    expect(nonNegativeInt('3')).toBe(3);
    expect(() => positiveInt('0')).toThrow(new InvalidArgumentError('must be a whole number ≥ 1'));
    for (const bad of ['-1', '1.5', 'one', '']) {
      expect(() => nonNegativeInt(bad)).toThrow(InvalidArgumentError);
    }
  });
});
