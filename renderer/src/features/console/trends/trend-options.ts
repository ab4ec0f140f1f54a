/**
 * The trends' chart options, built from the gateway's numbers and the words of the language in
 * force. Pure (no React, no ECharts at runtime): what a chart shows is tested here, by value.
 */
import type { ConsoleTrends, HourTrend } from '../../../../../shared/schemas/console-trends';
import type { ChartOption } from './echarts-core';

export interface ChartColors {
  contacts: string;
  abandoned: string;
  serviceLevel: string;
  averageRisk: string;
  highRisk: string;
}

/** How the charts speak: the direction, the font, colours and the locale's formats. */
export interface ChartWords {
  rtl: boolean;
  fontFamily: string;
  colors: ChartColors;
  /** Start of an hour (ISO timestamp) → axis label, e.g. "14:00". */
  hour: (iso: string) => string;
  /** Calendar date `YYYY-MM-DD` → axis label, e.g. "Jun 14". */
  day: (isoDate: string) => string;
  count: (n: number) => string;
  percent: (ratio: number) => string;
}

export interface DayCount<K extends string> {
  day: string;
  key: K;
  count: number;
}

const DAY_MS = 86_400_000;
const NO_VALUE = '—';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The day axis: the `days` calendar days up to the later of `generatedAt`'s UTC date and the
 * newest day in the data, oldest first, so a day without complaints still has its (empty) bar.
 * A day the data holds outside that span is kept too, never dropped.
 */
export function dayAxis(
  generatedAt: string,
  days: number,
  ...series: readonly (readonly { day: string }[])[]
): string[] {
  const inData = new Set(series.flat().map((row) => row.day));
  const end = [isoDay(Date.parse(generatedAt)), ...inData].sort().at(-1) ?? '';
  const endMs = Date.parse(`${end}T00:00:00Z`);
  const span = Array.from({ length: days }, (_, i) => isoDay(endMs - (days - 1 - i) * DAY_MS));
  return [...new Set([...span, ...inData])].sort();
}

export const byHour = (hours: readonly HourTrend[]): HourTrend[] =>
  [...hours].sort((a, b) => Date.parse(a.hour) - Date.parse(b.hour));

export const hasContacts = (hours: readonly HourTrend[]) =>
  hours.some((hour) => hour.contacts > 0 || hour.abandoned > 0);
export const hasRisk = (hours: readonly HourTrend[]) =>
  hours.some((hour) => hour.averageRisk !== null || hour.highRisk > 0);
export const hasCounts = (rows: readonly { count: number }[]) => rows.some((row) => row.count > 0);

/** Nothing at all to show for the period: no contacts, complaints, outcomes or partners. */
export function isTrendsEmpty(trends: ConsoleTrends): boolean {
  return (
    !hasContacts(trends.hours) &&
    !hasRisk(trends.hours) &&
    !hasCounts(trends.complaintsByRootCause) &&
    !hasCounts(trends.complaintsByLine) &&
    !hasCounts(trends.worklistOutcomes) &&
    trends.partners.length === 0
  );
}

/** A tooltip formatter for numbers; a missing value (no service level that hour) is a dash. */
function valueFormatter(format: (n: number) => string) {
  return (value: unknown): string => (typeof value === 'number' ? format(value) : NO_VALUE);
}

/** Legend, tooltip, grid and font, mirrored for right-to-left languages. */
function frame(words: ChartWords, legend: readonly string[]): ChartOption {
  return {
    textStyle: { fontFamily: words.fontFamily },
    animationDuration: 300,
    // Room for the legend above; the axis labels are kept inside the box.
    grid: { top: 40, bottom: 8, left: 8, right: 8, outerBoundsMode: 'same' },
    legend: {
      type: 'scroll',
      top: 0,
      ...(words.rtl ? { right: 0 } : { left: 0 }),
      // ECharts lays a legend out left to right: in RTL, the first series goes rightmost,
      // with its swatch after (to the right of) its name.
      align: words.rtl ? 'right' : 'left',
      data: words.rtl ? [...legend].reverse() : [...legend],
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: valueFormatter(words.count),
    },
  };
}

/** Time runs along the category axis; right to left in RTL. */
function timeAxis(labels: readonly string[], words: ChartWords) {
  return {
    type: 'category' as const,
    data: [...labels],
    inverse: words.rtl,
    axisTick: { alignWithLabel: true },
  };
}

/** The axis on the reading side (`start`) or the other (`end`). */
const side = (words: ChartWords, at: 'start' | 'end') =>
  (at === 'start') !== words.rtl ? ('left' as const) : ('right' as const);

function countAxis(words: ChartWords, at: 'start' | 'end') {
  return {
    type: 'value' as const,
    position: side(words, at),
    minInterval: 1,
    axisLabel: { formatter: (value: number) => words.count(value) },
  };
}

/** The hourly charts' frame: legend, hour axis and, on the far side, a 0–`max` value axis. */
function hourlyChart(
  sorted: readonly HourTrend[],
  words: ChartWords,
  legend: string[],
  secondAxis: { max: number; label: (value: number) => string },
) {
  return {
    ...frame(words, legend),
    xAxis: timeAxis(
      sorted.map((hour) => words.hour(hour.hour)),
      words,
    ),
    yAxis: [
      countAxis(words, 'start'),
      {
        type: 'value' as const,
        position: side(words, 'end'),
        min: 0,
        max: secondAxis.max,
        splitLine: { show: false },
        axisLabel: { formatter: secondAxis.label },
      },
    ],
  };
}

export interface ContactsNames {
  contacts: string;
  abandoned: string;
  serviceLevel: string;
}

/** Contacts and abandons per hour (bars) with the service level (line, %, second axis). */
export function contactsOption(
  hours: readonly HourTrend[],
  words: ChartWords,
  names: ContactsNames,
): ChartOption {
  const sorted = byHour(hours);
  return {
    ...hourlyChart(sorted, words, [names.contacts, names.abandoned, names.serviceLevel], {
      max: 1,
      label: (value) => words.percent(value),
    }),
    series: [
      {
        type: 'bar',
        name: names.contacts,
        data: sorted.map((hour) => hour.contacts),
        itemStyle: { color: words.colors.contacts },
      },
      {
        type: 'bar',
        name: names.abandoned,
        data: sorted.map((hour) => hour.abandoned),
        itemStyle: { color: words.colors.abandoned },
      },
      {
        type: 'line',
        name: names.serviceLevel,
        yAxisIndex: 1,
        data: sorted.map((hour) => hour.serviceLevel),
        itemStyle: { color: words.colors.serviceLevel },
        tooltip: { valueFormatter: valueFormatter(words.percent) },
      },
    ],
  };
}

export interface RiskNames {
  averageRisk: string;
  highRisk: string;
}

/** High-risk contacts per hour (bars) with the average risk score (line, 0–100, second axis). */
export function riskOption(
  hours: readonly HourTrend[],
  words: ChartWords,
  names: RiskNames,
): ChartOption {
  const sorted = byHour(hours);
  return {
    ...hourlyChart(sorted, words, [names.highRisk, names.averageRisk], {
      max: 100,
      label: (value) => words.count(value),
    }),
    series: [
      {
        type: 'bar',
        name: names.highRisk,
        data: sorted.map((hour) => hour.highRisk),
        itemStyle: { color: words.colors.highRisk },
      },
      {
        type: 'line',
        name: names.averageRisk,
        yAxisIndex: 1,
        data: sorted.map((hour) => hour.averageRisk),
        itemStyle: { color: words.colors.averageRisk },
        tooltip: { valueFormatter: valueFormatter((score) => words.count(Math.round(score))) },
      },
    ],
  };
}

/**
 * Counts per day stacked by key (root cause, product line, outcome): one series per key that
 * occurs, in the domain's order so each keeps its colour from one refresh to the next.
 */
export function dailyStackOption<K extends string>(
  rows: readonly DayCount<K>[],
  order: readonly K[],
  days: readonly string[],
  label: (key: K) => string,
  words: ChartWords,
): ChartOption {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const at = `${row.key}@${row.day}`;
    counts.set(at, (counts.get(at) ?? 0) + row.count);
  }
  const keys = order.filter((key) => rows.some((row) => row.key === key && row.count > 0));
  return {
    ...frame(words, keys.map(label)),
    xAxis: timeAxis(days.map(words.day), words),
    yAxis: countAxis(words, 'start'),
    series: keys.map((key) => ({
      type: 'bar' as const,
      name: label(key),
      stack: 'total',
      emphasis: { focus: 'series' as const },
      data: days.map((day) => counts.get(`${key}@${day}`) ?? 0),
    })),
  };
}
