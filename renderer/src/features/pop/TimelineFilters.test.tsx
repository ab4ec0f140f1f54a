import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelinePanel } from './TimelinePanel';
import { aClaim, aTimelinePage, aTouchpoint, daysFromNow, FIXTURE_NOW } from './test-fixtures';
import { renderPop, stubTimelineViewport } from './test-utils';

vi.mock('../../api/http.js', () => ({ apiFetch: vi.fn() }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  stubTimelineViewport();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const minutesAgo = (minutes: number) => new Date(FIXTURE_NOW - minutes * 60_000).toISOString();
const rowIds = () => screen.getAllByTestId('timeline-row').map((row) => row.dataset.touchpointId);

/** Opens an antd Select by its test id and picks the option with this label. */
function pick(testId: string, label: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (element) => element.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}

const mixed = [
  aTouchpoint(0, { id: 'a', channel: 'portal', stage: 'claim' }),
  aTouchpoint(1, {
    id: 'b',
    channel: 'voice',
    stage: 'claim',
    partnerName: 'Anji Roadside Rescue',
  }),
  aTouchpoint(2, {
    id: 'c',
    channel: 'portal',
    stage: 'rescue',
    partnerName: 'Anji Roadside Rescue',
  }),
  aTouchpoint(3, { id: 'd', channel: 'sms', stage: 'rescue' }),
];

describe('TimelinePanel filters', () => {
  it('narrows rows by channel, stage and partner and says how many are shown', () => {
    renderPop(
      <TimelinePanel customerId="cust-001" timeline={aTimelinePage({ items: mixed, total: 40 })} />,
    );
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('4 of 40');

    pick('timeline-filter-channel', 'Portal');
    expect(rowIds()).toEqual(['a', 'c']);
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('2 of 4 (filtered)');

    pick('timeline-filter-stage', 'Rescue');
    expect(rowIds()).toEqual(['c']);

    fireEvent.click(screen.getByTestId('timeline-filter-clear'));
    pick('timeline-filter-partner', 'Anji Roadside Rescue');
    expect(rowIds()).toEqual(['b', 'c']);
  });

  it('labels the row where the journey stage changes', () => {
    renderPop(<TimelinePanel customerId="cust-001" timeline={aTimelinePage({ items: mixed })} />);
    const labels = screen.getAllByTestId('timeline-stage-start').map((tag) => tag.textContent);
    expect(labels).toEqual(['Claim', 'Rescue']);
    const starts = screen
      .getAllByTestId('timeline-row')
      .filter((row) => row.dataset.stageStart === 'true');
    expect(starts.map((row) => row.dataset.touchpointId)).toEqual(['a', 'c']);
  });
});

describe('TimelinePanel trouble chain', () => {
  const views = Array.from({ length: 6 }, (_, k) =>
    aTouchpoint(10 + k, {
      id: `view-${String(k)}`,
      occurredAt: minutesAgo(5 + k),
      channel: 'portal',
      kind: 'portal_claim_status_view',
      summary: 'Viewed claim status page',
    }),
  );
  const items = [
    ...views,
    aTouchpoint(1, {
      id: 'missed',
      occurredAt: daysFromNow(-2),
      anomaly: 'broken_promise',
      summary: 'Promised callback not made',
    }),
    aTouchpoint(2, { id: 'unrelated', occurredAt: daysFromNow(-3), summary: 'Read the FAQ' }),
    aTouchpoint(3, {
      id: 'no-show',
      occurredAt: daysFromNow(-5),
      claimId: 'clm-1',
      anomaly: 'no_show',
      summary: 'Adjuster did not come',
    }),
    aTouchpoint(4, {
      id: 'reported',
      occurredAt: daysFromNow(-12),
      claimId: 'clm-1',
      summary: 'Claim reported',
    }),
  ];
  const sources = {
    claims: [aClaim({ promisedAt: daysFromNow(-3) })],
    complaints: [],
    promises: [],
  };

  it('marks the rows of the chain and shows its steps in time order', () => {
    renderPop(
      <TimelinePanel customerId="cust-001" timeline={aTimelinePage({ items })} sources={sources} />,
    );
    const marked = screen
      .getAllByTestId('timeline-row')
      .filter((row) => row.dataset.troubleChain === 'true')
      .map((row) => row.dataset.touchpointId);
    expect(marked).toEqual([...views.map((view) => view.id), 'missed', 'no-show', 'reported']);

    const strip = screen.getByTestId('trouble-chain');
    expect(strip).toHaveTextContent('How we got here (late claim)');
    expect(
      within(strip)
        .getAllByTestId('trouble-chain-step')
        .map((step) => step.textContent),
    ).toEqual([
      'Claim reported',
      'No-show: Adjuster did not come',
      'Broken promise: Promised callback not made',
      'Viewed claim status page: viewed 6 times today',
    ]);
  });

  it('shows no strip when nothing is in trouble', () => {
    renderPop(
      <TimelinePanel
        customerId="cust-001"
        timeline={aTimelinePage({ items })}
        sources={{ claims: [], complaints: [], promises: [] }}
      />,
    );
    expect(screen.queryByTestId('trouble-chain')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('timeline-row').some((row) => row.dataset.troubleChain)).toBe(
      false,
    );
  });
});
