/** Fixtures of the trends tests, parsed with the shared schema so they cannot drift from the contract. */
import {
  consoleTrendsSchema,
  type ConsoleTrends,
  type HourTrend,
  type PartnerScore,
} from '../../../../../shared/schemas/console-trends';
import type { ChartWords } from './trend-options';

export const TRENDS_GENERATED_AT = '2025-06-15T10:05:00.000Z';

export function anHour(overrides: Partial<HourTrend> = {}): HourTrend {
  return {
    hour: '2025-06-15T10:00:00.000Z',
    contacts: 0,
    answered: 0,
    abandoned: 0,
    serviceLevel: null,
    averageRisk: null,
    highRisk: 0,
    ...overrides,
  };
}

export function aPartner(overrides: Partial<PartnerScore> = {}): PartnerScore {
  return {
    partnerId: 'partner-1',
    name: 'Swift Rescue',
    kind: 'rescue',
    promisesDue: 10,
    timeliness: 0.6,
    touchpoints: 50,
    errorRate: 0.02,
    complaints: 3,
    ...overrides,
  };
}

/** Four hours (listed out of order, as nothing promises an order) and two weeks of complaints. */
export function someTrends(overrides: Partial<ConsoleTrends> = {}): ConsoleTrends {
  return consoleTrendsSchema.parse({
    generatedAt: TRENDS_GENERATED_AT,
    hours: [
      anHour({
        hour: '2025-06-15T09:00:00.000Z',
        contacts: 12,
        answered: 11,
        abandoned: 1,
        serviceLevel: 0.75,
        averageRisk: 41.6,
        highRisk: 2,
      }),
      anHour({
        hour: '2025-06-15T07:00:00.000Z',
        contacts: 4,
        answered: 4,
        abandoned: 0,
        serviceLevel: 1,
        averageRisk: 20,
        highRisk: 0,
      }),
      anHour({ hour: '2025-06-15T08:00:00.000Z', contacts: 0, answered: 0, abandoned: 0 }),
      anHour({
        hour: '2025-06-15T10:00:00.000Z',
        contacts: 9,
        answered: 6,
        abandoned: 3,
        serviceLevel: 0.5,
        averageRisk: 63.2,
        highRisk: 4,
      }),
    ],
    complaintsByRootCause: [
      { day: '2025-06-14', key: 'timeliness', count: 3 },
      { day: '2025-06-14', key: 'attitude', count: 1 },
      { day: '2025-06-15', key: 'timeliness', count: 2 },
    ],
    complaintsByLine: [
      { day: '2025-06-13', key: 'motor', count: 2 },
      { day: '2025-06-15', key: 'health', count: 1 },
    ],
    partners: [
      aPartner(),
      aPartner({
        partnerId: 'partner-2',
        name: 'Pacific Adjusters',
        kind: 'adjuster',
        promisesDue: 20,
        timeliness: 0.95,
        touchpoints: 100,
        errorRate: 0.12,
        complaints: 5,
      }),
      aPartner({
        partnerId: 'partner-3',
        name: 'Harbour Repair',
        kind: 'repair',
        promisesDue: 0,
        timeliness: null,
        touchpoints: 0,
        errorRate: null,
        complaints: 0,
      }),
    ],
    worklistOutcomes: [
      { day: '2025-06-15', key: 'resolved', count: 2 },
      { day: '2025-06-15', key: 'no_answer', count: 1 },
    ],
    ...overrides,
  });
}

/** Period with nothing in it. */
export const emptyTrends = (): ConsoleTrends =>
  someTrends({
    hours: [anHour()],
    complaintsByRootCause: [],
    complaintsByLine: [],
    partners: [],
    worklistOutcomes: [],
  });

/** Words whose output is easy to check by eye: "07:00", "06-14", "3", "75%". */
export function plainWords(overrides: Partial<ChartWords> = {}): ChartWords {
  return {
    rtl: false,
    fontFamily: 'Test Sans',
    colors: {
      contacts: 'blue',
      abandoned: 'red',
      serviceLevel: 'green',
      averageRisk: 'orange',
      highRisk: 'crimson',
    },
    hour: (iso) => iso.slice(11, 16),
    day: (isoDate) => isoDate.slice(5),
    count: (n) => String(n),
    percent: (ratio) => `${Math.round(ratio * 100)}%`,
    ...overrides,
  };
}
