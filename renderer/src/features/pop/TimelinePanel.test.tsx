import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelinePage } from '../../../../shared/schemas/touchpoint';
import { apiFetch } from '../../api/http.js';
import { TimelinePanel } from './TimelinePanel';
import { aTimelinePage, aTouchpoint, FIXTURE_NOW, touchpoints } from './test-fixtures';
import { renderPop, stubTimelineViewport } from './test-utils';

vi.mock('../../api/http.js', () => ({ apiFetch: vi.fn() }));
const fetchPage = vi.mocked(apiFetch);

const VIEWPORT_HEIGHT = 720;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  stubTimelineViewport(VIEWPORT_HEIGHT);
  fetchPage.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderTimeline(timeline: TimelinePage) {
  return renderPop(<TimelinePanel customerId="cust-001" timeline={timeline} />);
}

/** Scrolls the timeline to its very end, as an agent dragging to the bottom would. */
function scrollToEnd() {
  const scroller = screen.getByTestId('timeline-scroll');
  const content = within(scroller).getByRole('list');
  act(() => {
    scroller.scrollTop = Number.parseFloat(content.style.height) - VIEWPORT_HEIGHT;
    fireEvent.scroll(scroller);
  });
}

const rowIds = () => screen.getAllByTestId('timeline-row').map((row) => row.dataset.touchpointId);

describe('TimelinePanel', () => {
  it('shows each touchpoint with time, channel, stage, summary, partner and anomaly', () => {
    renderTimeline(
      aTimelinePage({
        items: [
          aTouchpoint(0, {
            channel: 'partner',
            stage: 'rescue',
            summary: 'Tow truck arrived 95 minutes after dispatch',
            partnerName: 'Anji Roadside Rescue',
            anomaly: 'sla_breach',
          }),
          aTouchpoint(1, {
            channel: 'portal',
            stage: 'claim',
            summary: 'Viewed claim status page',
          }),
        ],
      }),
    );
    const [late, viewed] = screen.getAllByTestId('timeline-row');
    expect(late).toHaveTextContent('Jun 15, 2025');
    expect(late).toHaveTextContent('Partner');
    expect(late).toHaveTextContent('Rescue');
    expect(late).toHaveTextContent('Tow truck arrived 95 minutes after dispatch');
    expect(late).toHaveTextContent('Anji Roadside Rescue');
    expect(within(late!).getByTestId('timeline-anomaly')).toHaveTextContent('SLA breach');
    expect(late).toHaveAttribute('data-anomaly', 'sla_breach');

    expect(viewed).toHaveTextContent('Portal');
    expect(viewed).toHaveTextContent('Claim');
    expect(within(viewed!).queryByTestId('timeline-anomaly')).not.toBeInTheDocument();
    expect(viewed).not.toHaveAttribute('data-anomaly');
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('2 of 2');
  });

  it('labels every anomaly kind', () => {
    const anomalies = [
      'sla_breach',
      'long_dwell',
      'failed_payment',
      'no_show',
      'broken_promise',
    ] as const;
    renderTimeline(
      aTimelinePage({ items: anomalies.map((anomaly, i) => aTouchpoint(i, { anomaly })) }),
    );
    expect(screen.getAllByTestId('timeline-anomaly').map((tag) => tag.textContent)).toEqual([
      'SLA breach',
      'Long dwell',
      'Failed payment',
      'No-show',
      'Broken promise',
    ]);
  });

  it('says so when there are no touchpoints', () => {
    renderTimeline(aTimelinePage({ items: [], total: 0 }));
    expect(screen.getByTestId('timeline-empty')).toHaveTextContent('No touchpoints yet');
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('0 of 0');
    expect(screen.queryByTestId('timeline-row')).not.toBeInTheDocument();
  });

  it('mounts 10,000 touchpoints with only a window of rows in the DOM, newest first', () => {
    renderTimeline(aTimelinePage({ items: touchpoints(10_000).reverse() }));
    const rows = screen.getAllByTestId('timeline-row');
    expect(rows.length).toBeGreaterThanOrEqual(10); // a viewport's worth
    expect(rows.length).toBeLessThan(50);
    expect(rows[0]).toHaveAttribute('data-touchpoint-id', 'tp-0');
    expect(rows[0]).toHaveTextContent('Touchpoint number 0');
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('10,000 of 10,000');
  });

  it('renders the oldest rows, and only those, once scrolled to the end', () => {
    renderTimeline(aTimelinePage({ items: touchpoints(10_000) }));
    scrollToEnd();
    const ids = rowIds();
    expect(ids).toContain('tp-9999');
    expect(ids).not.toContain('tp-0');
    expect(ids.length).toBeLessThan(50);
    expect(screen.getByTestId('timeline-footer')).toHaveTextContent(
      'Start of the customer’s history',
    );
  });

  it('loads older pages from the gateway when scrolled to the end', async () => {
    fetchPage.mockResolvedValueOnce({ items: touchpoints(50, 30), total: 80, nextCursor: null });
    renderTimeline(aTimelinePage({ items: touchpoints(30), total: 80, nextCursor: 'cursor-30' }));
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('30 of 80');
    expect(fetchPage).not.toHaveBeenCalled();

    scrollToEnd();

    await waitFor(() => expect(screen.getByTestId('timeline-count')).toHaveTextContent('80 of 80'));
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(fetchPage.mock.calls[0]![0]).toBe(
      '/api/v1/customers/cust-001/timeline?before=cursor-30&limit=50',
    );
    scrollToEnd();
    expect(rowIds()).toContain('tp-79');
    expect(screen.getByTestId('timeline-footer')).toHaveTextContent(
      'Start of the customer’s history',
    );
  });

  it('offers a retry when an older page fails to load', async () => {
    const user = userEvent.setup();
    fetchPage
      .mockRejectedValueOnce(new Error('gateway down'))
      .mockResolvedValueOnce({ items: touchpoints(5, 30), total: 35, nextCursor: null });
    renderTimeline(aTimelinePage({ items: touchpoints(30), total: 35, nextCursor: 'cursor-30' }));

    scrollToEnd();
    const footer = await screen.findByText('Could not load older touchpoints.');
    expect(footer).toBeInTheDocument();
    expect(fetchPage).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('timeline-retry'));
    await waitFor(() => expect(screen.getByTestId('timeline-count')).toHaveTextContent('35 of 35'));
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('does not ask the gateway for more when the first page is all there is', () => {
    renderTimeline(aTimelinePage({ items: touchpoints(30), total: 30, nextCursor: null }));
    scrollToEnd();
    expect(fetchPage).not.toHaveBeenCalled();
    expect(screen.getByTestId('timeline-footer')).toHaveTextContent(
      'Start of the customer’s history',
    );
  });
});
