/** Due dates as the agent picks them: quick presets and `<input type="datetime-local">` values (local time). */

export const PROMISE_PRESETS = ['tomorrow-17', 'friday-17', 'in-3-days'] as const;
export type PromisePreset = (typeof PROMISE_PRESETS)[number];

const FRIDAY = 5;
const END_OF_DAY_HOUR = 17;

function atFive(base: Date, addDays: number): Date {
  const date = new Date(base);
  date.setDate(date.getDate() + addDays);
  date.setHours(END_OF_DAY_HOUR, 0, 0, 0);
  return date;
}

/**
 * When a preset falls, in local time: tomorrow 17:00; the coming Friday 17:00 (today if it is
 * Friday before 17:00, else next week's); three days from today at 17:00.
 */
export function presetDue(preset: PromisePreset, now: Date): Date {
  switch (preset) {
    case 'tomorrow-17':
      return atFive(now, 1);
    case 'friday-17': {
      const ahead = (FRIDAY - now.getDay() + 7) % 7;
      const friday = atFive(now, ahead);
      return friday.getTime() > now.getTime() ? friday : atFive(now, ahead + 7);
    }
    case 'in-3-days':
      return atFive(now, 3);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-06-16T17:00`: the value a datetime-local input shows for this moment, in local time. */
export function toLocalInput(date: Date): string {
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO timestamp with offset, or null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
