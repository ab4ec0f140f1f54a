import { describe, expect, it } from 'vitest';
import { fromLocalInput, presetDue, toLocalInput } from './due-dates';

/** Local time, whatever the machine's zone: 2025-06-12 is a Thursday. */
const local = (day: number, hour: number, minute = 0) => new Date(2025, 5, day, hour, minute);

describe('promise due dates', () => {
  it('puts "tomorrow 17:00" on the next day at five', () => {
    expect(presetDue('tomorrow-17', local(12, 10))).toEqual(local(13, 17));
  });

  it('puts "Friday 17:00" on this Friday, or next week once this one has passed', () => {
    expect(presetDue('friday-17', local(12, 10))).toEqual(local(13, 17));
    expect(presetDue('friday-17', local(13, 9))).toEqual(local(13, 17));
    expect(presetDue('friday-17', local(13, 17, 30))).toEqual(local(20, 17));
    expect(presetDue('friday-17', local(14, 11))).toEqual(local(20, 17));
  });

  it('puts "in 3 days" three days ahead at five', () => {
    expect(presetDue('in-3-days', local(12, 10))).toEqual(local(15, 17));
  });

  it('reads and writes datetime-local values in local time', () => {
    expect(toLocalInput(local(3, 9, 5))).toBe('2025-06-03T09:05');
    expect(fromLocalInput('2025-06-03T09:05')).toBe(local(3, 9, 5).toISOString());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });
});
