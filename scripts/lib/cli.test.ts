import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { positiveInt } from './cli';

describe('option parsers', () => {
  it('takes whole numbers and names the rule for anything else', () => {
    expect(positiveInt('50')).toBe(50);
    expect(positiveInt('1')).toBe(1);
    expect(() => positiveInt('0')).toThrow(new InvalidArgumentError('must be a whole number ≥ 1'));
    for (const bad of ['-1', '1.5', 'one', '']) {
      expect(() => positiveInt(bad)).toThrow(InvalidArgumentError);
    }
  });
});
