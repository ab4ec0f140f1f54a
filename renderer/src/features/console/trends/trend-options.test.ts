import { describe, expect, it } from 'vitest';
import { ROOT_CAUSES, WORKLIST_OUTCOMES } from '../../../../../shared/domain';
import type { ChartOption } from './echarts-core';
import {
  contactsOption,
  dailyStackOption,
  dayAxis,
  isTrendsEmpty,
  riskOption,
} from './trend-options';
import { anHour, emptyTrends, plainWords, someTrends, TRENDS_GENERATED_AT } from './test-fixtures';

/** The parts of an option these tests read (ECharts' own type is a union of many shapes). */
interface Axis {
  data?: string[];
  inverse?: boolean;
  position?: string;
  min?: number;
  max?: number;
}
interface Series {
  type: string;
  name: string;
  data: (number | null)[];
  stack?: string;
  yAxisIndex?: number;
  tooltip?: { valueFormatter: (value: unknown) => string };
}
const xAxis = (option: ChartOption) => option.xAxis as Axis;
const yAxes = (option: ChartOption) => [option.yAxis].flat() as Axis[];
const series = (option: ChartOption) => option.series as Series[];
const legend = (option: ChartOption) =>
  option.legend as { data: string[]; left?: number; right?: number; align: string };

const trends = someTrends();
const contactNames = { contacts: 'Contacts', abandoned: 'Abandoned', serviceLevel: 'SL' };

describe('dayAxis', () => {
  it('lists every day of the span up to the day the trends were made, oldest first', () => {
    expect(dayAxis(TRENDS_GENERATED_AT, 3)).toEqual(['2025-06-13', '2025-06-14', '2025-06-15']);
  });

  it('ends on a later day the data holds (a gateway ahead of UTC), and keeps older data days', () => {
    expect(
      dayAxis(
        TRENDS_GENERATED_AT,
        3,
        [{ day: '2025-06-16' }],
        [{ day: '2025-06-01' }, { day: '2025-06-15' }],
      ),
    ).toEqual(['2025-06-01', '2025-06-14', '2025-06-15', '2025-06-16']);
  });
});

describe('contactsOption', () => {
  const option = contactsOption(trends.hours, plainWords(), contactNames);

  it('puts the hours in order along the axis with contacts and abandons as bars', () => {
    expect(xAxis(option).data).toEqual(['07:00', '08:00', '09:00', '10:00']);
    expect(series(option).map(({ type, name, data }) => ({ type, name, data }))).toEqual([
      { type: 'bar', name: 'Contacts', data: [4, 0, 12, 9] },
      { type: 'bar', name: 'Abandoned', data: [0, 0, 1, 3] },
      { type: 'line', name: 'SL', data: [1, null, 0.75, 0.5] },
    ]);
  });

  it('draws the service level on a second axis in percent, a dash when nobody waited', () => {
    const [counts, percent] = yAxes(option);
    expect(counts).toMatchObject({ position: 'left' });
    expect(percent).toMatchObject({ position: 'right', min: 0, max: 1 });
    const sl = series(option)[2]!;
    expect(sl.yAxisIndex).toBe(1);
    expect(sl.tooltip?.valueFormatter(0.75)).toBe('75%');
    expect(sl.tooltip?.valueFormatter(null)).toBe('—');
    expect(legend(option)).toMatchObject({ data: ['Contacts', 'Abandoned', 'SL'], left: 0 });
  });

  it('mirrors for right-to-left: time runs leftwards, the first axis and legend on the right', () => {
    const rtl = contactsOption(trends.hours, plainWords({ rtl: true }), contactNames);
    expect(xAxis(rtl).inverse).toBe(true);
    expect(yAxes(rtl).map((axis) => axis.position)).toEqual(['right', 'left']);
    expect(legend(rtl)).toMatchObject({
      data: ['SL', 'Abandoned', 'Contacts'],
      right: 0,
      align: 'right',
    });
    expect(series(rtl)[0]!.data).toEqual([4, 0, 12, 9]);
  });
});

describe('riskOption', () => {
  it('shows high-risk contacts as bars and the average score on a 0–100 axis', () => {
    const option = riskOption(trends.hours, plainWords(), {
      averageRisk: 'Average',
      highRisk: 'High',
    });
    expect(series(option).map(({ name, data }) => ({ name, data }))).toEqual([
      { name: 'High', data: [0, 0, 2, 4] },
      { name: 'Average', data: [20, null, 41.6, 63.2] },
    ]);
    expect(yAxes(option)[1]).toMatchObject({ min: 0, max: 100 });
    expect(series(option)[1]!.tooltip?.valueFormatter(41.6)).toBe('42');
  });
});

describe('dailyStackOption', () => {
  const days = ['2025-06-13', '2025-06-14', '2025-06-15'];

  it('stacks one series per key that occurs, in the domain order, zero on quiet days', () => {
    const option = dailyStackOption(
      [...trends.complaintsByRootCause, { day: '2025-06-15', key: 'timeliness', count: 1 }],
      ROOT_CAUSES,
      days,
      (key) => key.toUpperCase(),
      plainWords(),
    );
    expect(xAxis(option).data).toEqual(['06-13', '06-14', '06-15']);
    expect(series(option).map(({ name, stack, data }) => ({ name, stack, data }))).toEqual([
      { name: 'TIMELINESS', stack: 'total', data: [0, 3, 3] },
      { name: 'ATTITUDE', stack: 'total', data: [0, 1, 0] },
    ]);
  });

  it('leaves out keys whose counts are all zero', () => {
    const option = dailyStackOption(
      [{ day: '2025-06-15', key: 'declined', count: 0 }, ...trends.worklistOutcomes],
      WORKLIST_OUTCOMES,
      days,
      (key) => key,
      plainWords(),
    );
    expect(series(option).map((s) => s.name)).toEqual(['resolved', 'no_answer']);
  });
});

describe('isTrendsEmpty', () => {
  it('is empty only when nothing at all happened', () => {
    expect(isTrendsEmpty(emptyTrends())).toBe(true);
    expect(isTrendsEmpty(someTrends())).toBe(false);
    expect(isTrendsEmpty({ ...emptyTrends(), hours: [anHour({ highRisk: 1 })] })).toBe(false);
  });
});
