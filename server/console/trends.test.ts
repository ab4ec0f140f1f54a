import { describe, expect, it } from 'vitest';
import {
  dayStarts,
  fillDayCounts,
  fillHours,
  hourStarts,
  partnerScore,
  trendWindow,
} from './trends.js';

// 10:17 UTC on 1 March 2030: the current hour starts at 10:00, the current day on 1 March.
const NOW = new Date('2030-03-01T10:17:42.500Z');

describe('trendWindow', () => {
  it('ends with the current hour and day, in UTC, and reaches back whole buckets', () => {
    const w = trendWindow(NOW, 3, 2);
    expect(w.hourFrom.toISOString()).toBe('2030-03-01T08:00:00.000Z');
    expect(w.dayFrom.toISOString()).toBe('2030-02-28T00:00:00.000Z');
    expect(hourStarts(w)).toEqual([
      '2030-03-01T08:00:00.000Z',
      '2030-03-01T09:00:00.000Z',
      '2030-03-01T10:00:00.000Z',
    ]);
    expect(dayStarts(w)).toEqual(['2030-02-28', '2030-03-01']);
  });

  it('crosses midnight and month ends (hours before 01:00 belong to yesterday)', () => {
    const w = trendWindow(new Date('2030-03-01T00:05:00Z'), 2, 3);
    expect(hourStarts(w)).toEqual(['2030-02-28T23:00:00.000Z', '2030-03-01T00:00:00.000Z']);
    expect(dayStarts(w)).toEqual(['2030-02-27', '2030-02-28', '2030-03-01']);
  });

  it('one bucket is just the current one, even on the hour exactly', () => {
    const w = trendWindow(new Date('2030-03-01T10:00:00Z'), 1, 1);
    expect(hourStarts(w)).toEqual(['2030-03-01T10:00:00.000Z']);
    expect(dayStarts(w)).toEqual(['2030-03-01']);
  });
});

describe('fillHours', () => {
  const w = trendWindow(NOW, 3, 1);

  it('fills every hour, with service level as in metrics.ts and risk averaged over scored contacts', () => {
    const hours = fillHours(
      w,
      // 08:00: 2 contacts, both scored (mean 60), 1 high; 10:00: 4 contacts, 3 scored with mean 50.
      [
        { bucket: 0, contacts: 2, averageRisk: 60, highRisk: 1 },
        { bucket: 2, contacts: 4, averageRisk: 50, highRisk: 0 },
      ],
      // 08:00: 3 answered, 2 in time; 10:00: 1 answered late.
      [
        { bucket: 0, answered: 3, inTime: 2 },
        { bucket: 2, answered: 1, inTime: 0 },
      ],
      // 08:00: 2 abandoned, 1 after the threshold (missed); 10:00: 1 abandoned early (not counted).
      [
        { bucket: 0, abandoned: 2, late: 1 },
        { bucket: 2, abandoned: 1, late: 0 },
      ],
    );
    expect(hours).toEqual([
      // 2 in time / (3 answered + 1 abandoned late) = 0.5
      {
        hour: '2030-03-01T08:00:00.000Z',
        contacts: 2,
        answered: 3,
        abandoned: 2,
        serviceLevel: 0.5,
        averageRisk: 60,
        highRisk: 1,
      },
      // nothing happened: zeros, and no service level rather than 0 or 1
      {
        hour: '2030-03-01T09:00:00.000Z',
        contacts: 0,
        answered: 0,
        abandoned: 0,
        serviceLevel: null,
        averageRisk: null,
        highRisk: 0,
      },
      {
        hour: '2030-03-01T10:00:00.000Z',
        contacts: 4,
        answered: 1,
        abandoned: 1,
        serviceLevel: 0,
        averageRisk: 50,
        highRisk: 0,
      },
    ]);
  });

  it('a bucket where only early abandons ended has no service level', () => {
    const [first] = fillHours(w, [], [], [{ bucket: 0, abandoned: 3, late: 0 }]);
    expect(first).toMatchObject({ abandoned: 3, serviceLevel: null });
  });

  it('contacts without a scored customer leave the risk null', () => {
    const [first] = fillHours(
      w,
      [{ bucket: 0, contacts: 5, averageRisk: null, highRisk: 0 }],
      [],
      [],
    );
    expect(first).toMatchObject({ contacts: 5, averageRisk: null });
  });

  it('drops rows outside the window', () => {
    const hours = fillHours(
      w,
      [{ bucket: 3, contacts: 9, averageRisk: 10, highRisk: 9 }],
      [{ bucket: -1, answered: 1, inTime: 1 }],
      [],
    );
    expect(hours.map((h) => h.contacts + h.answered)).toEqual([0, 0, 0]);
  });
});

describe('fillDayCounts', () => {
  const w = trendWindow(NOW, 1, 2);

  it('gives every day × key, days oldest first, keys in order, zeros where none', () => {
    const filled = fillDayCounts(w, ['a', 'b'] as const, [
      { bucket: 1, key: 'b', count: 2 },
      { bucket: 0, key: 'a', count: 1 },
      { bucket: 1, key: 'b', count: 1 }, // a split row adds up
      { bucket: 2, key: 'a', count: 7 }, // tomorrow: outside
      { bucket: 0, key: 'z', count: 7 }, // not a key
    ]);
    expect(filled).toEqual([
      { day: '2030-02-28', key: 'a', count: 1 },
      { day: '2030-02-28', key: 'b', count: 0 },
      { day: '2030-03-01', key: 'a', count: 0 },
      { day: '2030-03-01', key: 'b', count: 3 },
    ]);
  });
});

describe('partnerScore', () => {
  it('turns counts into shares, null when there is nothing to share out', () => {
    expect(
      partnerScore({
        partnerId: 'P1',
        name: 'Adjusters',
        kind: 'adjuster',
        promisesDue: 4,
        promisesKept: 3,
        touchpoints: 8,
        anomalies: 2,
        complaints: 1,
      }),
    ).toEqual({
      partnerId: 'P1',
      name: 'Adjusters',
      kind: 'adjuster',
      promisesDue: 4,
      timeliness: 0.75,
      touchpoints: 8,
      errorRate: 0.25,
      complaints: 1,
    });
    expect(
      partnerScore({
        partnerId: 'P2',
        name: 'R',
        kind: 'rescue',
        promisesDue: 0,
        promisesKept: 0,
        touchpoints: 0,
        anomalies: 0,
        complaints: 0,
      }),
    ).toMatchObject({ timeliness: null, errorRate: null });
  });
});
