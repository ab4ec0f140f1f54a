/**
 * Which Electron majors are supported on a given day. Electron ships a stable major every
 * 8 weeks and supports the latest three (https://www.electronjs.org/docs/latest/tutorial/electron-timelines).
 * Anchored on Electron 40.0.0 (2026-01-13); the cadence may slip by a week or two, so the
 * estimate errs towards the older major.
 */
const ANCHOR = { major: 40, date: Date.UTC(2026, 0, 13) } as const;
const CADENCE_DAYS = 56;
const SLACK_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Electron supports this many stable majors at a time. */
export const SUPPORTED_MAJOR_COUNT = 3;

/** The newest stable Electron major expected to be out on `date`. */
export function expectedLatestMajor(date: Date): number {
  const days = (date.getTime() - ANCHOR.date) / DAY_MS - SLACK_DAYS;
  return ANCHOR.major + Math.max(0, Math.floor(days / CADENCE_DAYS));
}

/** The oldest Electron major still receiving security fixes on `date`. */
export function oldestSupportedMajor(date: Date): number {
  return expectedLatestMajor(date) - (SUPPORTED_MAJOR_COUNT - 1);
}
