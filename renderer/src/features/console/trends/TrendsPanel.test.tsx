import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { ConsoleTrends } from '../../../../../shared/schemas/console-trends';
import {
  anAgent,
  renderWithProviders,
  signedInState,
} from '../../../../../test/setup/renderer-providers';
import type { AppData } from '../../../state';
import popFa from '../../pop/locales/fa';
import popZhCN from '../../pop/locales/zh-CN';
import type { EChartProps } from './EChart';
import type { ChartOption } from './echarts-core';
import { anHour, emptyTrends, someTrends } from './test-fixtures';
import { TrendsPanel } from './TrendsPanel';

/** jsdom has no canvas: the chart is a stand-in that records the option it was given. */
const drawn = vi.hoisted(() => new Map<string, { option: ChartOption; label: string }>());
vi.mock('./EChart', () => ({
  EChart: ({ option, label, 'data-testid': testId = '' }: EChartProps) => {
    drawn.set(testId, { option, label });
    return <div data-testid={testId} role="img" aria-label={label} />;
  },
}));

interface Series {
  name: string;
  data: (number | null)[];
}
const chart = (id: string) => {
  const entry = drawn.get(`trend-chart-${id}`);
  if (entry === undefined) throw new Error(`chart ${id} was not drawn`);
  const { option } = entry;
  return {
    label: entry.label,
    series: (option.series as Series[]).map(({ name, data }) => ({ name, data })),
    names: (option.series as Series[]).map(({ name }) => name),
    days: (option.xAxis as { data: string[] }).data,
    inverse: (option.xAxis as { inverse: boolean }).inverse,
    legend: (option.legend as { data: string[] }).data,
  };
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let fetchMock: MockInstance<typeof fetch>;
/** What the fake gateway answers to GET /api/v1/console/trends; set per test. */
let answer: () => Response | Promise<Response>;
const trendRequests = () =>
  fetchMock.mock.calls
    .map(([input]) => new URL(input instanceof Request ? input.url : input.toString()))
    .filter((url) => url.pathname === '/api/v1/console/trends')
    .map((url) => url.search);

beforeEach(() => {
  drawn.clear();
  answer = () => json(200, someTrends());
  fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.pathname === '/api/v1/console/trends') return Promise.resolve(answer());
    return Promise.resolve(json(404, { error: { code: 'not_found', message: 'Not found' } }));
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderTrends(trends: ConsoleTrends | null = someTrends(), state: Partial<AppData> = {}) {
  if (trends !== null) answer = () => json(200, trends);
  return renderWithProviders(<TrendsPanel />, {
    state: { ...signedInState(anAgent({ role: 'lead' })), ...state },
  });
}

const rows = () => screen.getAllByTestId('partner-row');
const rowNames = () => rows().map((row) => within(row).getByTestId('partner-name').textContent);

describe('TrendsPanel', () => {
  it('charts the last 8 hours and 14 days by default, with the names in the language', async () => {
    renderTrends();

    await screen.findByTestId('trend-chart-root-cause');
    // (StrictMode's remount may cancel the first request and ask again.)
    expect(new Set(trendRequests())).toEqual(new Set(['?hours=8&days=14']));
    expect(chart('contacts').series).toEqual([
      { name: 'Contacts', data: [4, 0, 12, 9] },
      { name: 'Abandoned', data: [0, 0, 1, 3] },
      { name: 'Service level', data: [1, null, 0.75, 0.5] },
    ]);
    expect(chart('risk').series).toEqual([
      { name: 'High-risk customers', data: [0, 0, 2, 4] },
      { name: 'Average risk score', data: [20, null, 41.6, 63.2] },
    ]);

    const rootCauses = chart('root-cause');
    expect(rootCauses.label).toBe('Complaints by root cause');
    expect(rootCauses.days).toHaveLength(14);
    expect(rootCauses.days.slice(-3)).toEqual(['Jun 13', 'Jun 14', 'Jun 15']);
    expect(rootCauses.series).toEqual([
      { name: 'Timeliness', data: [...Array<number>(12).fill(0), 3, 2] },
      { name: 'Attitude', data: [...Array<number>(12).fill(0), 1, 0] },
    ]);
    expect(chart('line').names).toEqual(['Motor', 'Health']);
    expect(chart('line').series[0]!.data.slice(-3)).toEqual([2, 0, 0]);
    expect(chart('outcomes').names).toEqual(['Resolved', 'No answer']);
    expect(screen.getByTestId('trends-updated')).toHaveTextContent(/^Updated /);
  });

  it('scores the partners, most complaints first, flagging the late and the error-prone', async () => {
    renderTrends();

    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rowNames()).toEqual(['Pacific Adjusters', 'Swift Rescue', 'Harbour Repair']);
    const [pacific, swift, harbour] = rows();
    expect(within(pacific!).getByTestId('partner-kind')).toHaveTextContent('Adjuster');
    expect(within(pacific!).getByTestId('partner-promisesDue')).toHaveTextContent('20');
    expect(within(pacific!).getByTestId('partner-timeliness')).toHaveAttribute(
      'data-flagged',
      'false',
    );
    const errors = within(pacific!).getByTestId('partner-error-rate');
    expect(errors).toHaveTextContent('12%');
    expect(errors).toHaveAttribute('data-flagged', 'true');
    expect(within(errors).getByLabelText('Error rate above 5%')).toBeInTheDocument();

    const late = within(swift!).getByTestId('partner-timeliness');
    expect(late).toHaveTextContent('60%');
    expect(within(late).getByLabelText('Fewer than 80% on time')).toBeInTheDocument();
    expect(within(harbour!).getByTestId('partner-timeliness')).toHaveTextContent('—');
    expect(within(harbour!).getByTestId('partner-complaints')).toHaveTextContent('0');

    fireEvent.click(screen.getByRole('columnheader', { name: /Partner/ }));
    expect(rowNames()).toEqual(['Harbour Repair', 'Pacific Adjusters', 'Swift Rescue']);
    fireEvent.click(screen.getByRole('columnheader', { name: /On time/ }));
    expect(rowNames()).toEqual(['Harbour Repair', 'Swift Rescue', 'Pacific Adjusters']);
  });

  it('looks back over the hours and days the lead picks', async () => {
    renderTrends();
    await screen.findByTestId('trend-chart-root-cause');

    fireEvent.click(screen.getByTestId('trends-hours-24'));
    await waitFor(() => expect(trendRequests()).toContain('?hours=24&days=14'));
    fireEvent.click(screen.getByTestId('trends-days-7'));
    await waitFor(() => expect(trendRequests()).toContain('?hours=24&days=7'));
    await waitFor(() => expect(chart('root-cause').days).toHaveLength(7));
    expect(screen.getByTestId('trends-days-7')).toHaveTextContent('7 days');
    expect(screen.getByTestId('trends-hours-24')).toHaveTextContent('24 hours');
  });

  it('shows a skeleton while the first answer is on its way', () => {
    answer = () => new Promise<Response>(() => undefined);
    renderTrends(null);
    expect(screen.getByTestId('trends-loading')).toHaveAccessibleName('Loading the trends…');
    expect(screen.queryByTestId('partner-scorecard')).not.toBeInTheDocument();
  });

  it('says when the trends cannot be loaded, and tries again on request', async () => {
    answer = () => json(403, { error: { code: 'forbidden', message: 'Team leads only.' } });
    renderTrends(null);

    const error = await screen.findByTestId('trends-error');
    expect(error).toHaveTextContent('Could not load the trends.');
    expect(error).toHaveTextContent('Team leads only.');

    answer = () => json(200, someTrends());
    fireEvent.click(screen.getByTestId('trends-retry'));
    await screen.findByTestId('trend-chart-contacts');
    expect(screen.queryByTestId('trends-error')).not.toBeInTheDocument();
  });

  it('says so when nothing happened in the period, and per chart when one has nothing', async () => {
    const { unmount } = renderTrends(emptyTrends());
    expect(await screen.findByTestId('trends-empty')).toHaveTextContent(
      'Nothing to show for this period yet.',
    );
    unmount();

    renderTrends({ ...emptyTrends(), hours: [anHour({ contacts: 3, answered: 3 })] });
    await screen.findByTestId('trend-chart-contacts');
    for (const id of ['risk', 'root-cause', 'line', 'outcomes']) {
      expect(screen.getByTestId(`trend-empty-${id}`)).toHaveTextContent('No data in this period');
    }
    expect(screen.getByTestId('partner-scorecard')).toHaveTextContent(
      'No partner worked on a claim in this period.',
    );
  });

  it('speaks Persian right to left: labels from the pop, time mirrored, legend reversed', async () => {
    renderTrends(someTrends(), { language: 'fa' });

    await screen.findByTestId('trend-chart-root-cause');
    const rootCauses = chart('root-cause');
    expect(rootCauses.names).toEqual([popFa.rootCause.timeliness, popFa.rootCause.attitude]);
    expect(rootCauses.legend).toEqual([popFa.rootCause.attitude, popFa.rootCause.timeliness]);
    expect(rootCauses.inverse).toBe(true);
    expect(rootCauses.days.at(-1)).toMatch(/[\u06F0-\u06F9]/);
    expect(chart('line').names).toEqual([popFa.policyLine.motor, popFa.policyLine.health]);
    expect(screen.getByRole('columnheader', { name: /شریک تجاری/ })).toBeInTheDocument();
  });

  it('speaks Chinese in zh-CN', async () => {
    renderTrends(someTrends(), { language: 'zh-CN' });

    await screen.findByTestId('trend-chart-root-cause');
    expect(chart('root-cause').names).toEqual([
      popZhCN.rootCause.timeliness,
      popZhCN.rootCause.attitude,
    ]);
    expect(chart('root-cause').inverse).toBe(false);
    expect(chart('contacts').names).toEqual(['接触量', '已放弃', '服务水平']);
  });

  it('refreshes once a minute while on screen, keeping the charts meanwhile', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderTrends();
    await screen.findByTestId('trend-chart-contacts');
    const before = trendRequests().length;

    answer = () => json(200, someTrends({ hours: [anHour({ contacts: 30, answered: 30 })] }));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    await waitFor(() => expect(chart('contacts').series[0]!.data).toEqual([30]));
    expect(screen.queryByTestId('trends-loading')).not.toBeInTheDocument();
    expect(trendRequests()).toHaveLength(before + 1);
  });
});
