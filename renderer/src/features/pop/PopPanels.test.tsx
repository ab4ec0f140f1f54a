import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aRiskAssessment } from '../risk/test-fixtures';
import { PopPanels } from './PopPanels';
import {
  aComplaint,
  aContact,
  aPopBundle,
  aScript,
  aTimelinePage,
  daysFromNow,
  FIXTURE_NOW,
  touchpoints,
} from './test-fixtures';
import { renderPop, stubTimelineViewport } from './test-utils';

vi.mock('../../api/http.js', () => ({ apiFetch: vi.fn() }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  stubTimelineViewport();
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    const content = this.firstElementChild;
    return content instanceof HTMLElement ? Number.parseFloat(content.style.height) || 0 : 0;
  });
  // jsdom has no Element.scrollTo: move scrollTop and tell the virtualizer, as a browser would.
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    value(this: Element, options?: ScrollToOptions) {
      if (options?.top !== undefined) {
        this.scrollTop = options.top;
        fireEvent.scroll(this);
      }
    },
  });
});
afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollTo');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const row = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="timeline-row"][data-touchpoint-id="${id}"]`);

describe('PopPanels', () => {
  it('jumps from a complaint to the touchpoint where it started and highlights it', async () => {
    const bundle = aPopBundle({
      complaints: [aComplaint({ originTouchpointId: 'tp-150' })],
      timeline: aTimelinePage({ items: touchpoints(200) }),
    });
    renderPop(<PopPanels bundle={bundle} contact={aContact()} />);
    expect(row('tp-150')).toBeNull(); // far below the fold

    fireEvent.click(within(screen.getByTestId('panel-complaints')).getByTestId('complaint-origin'));
    await waitFor(() => expect(row('tp-150')).toHaveAttribute('data-highlighted', 'true'));
    expect(screen.queryByTestId('timeline-jump-missing')).not.toBeInTheDocument();
  });

  it('says the origin is older than the loaded history when it is not there', async () => {
    const bundle = aPopBundle({ complaints: [aComplaint({ originTouchpointId: 'tp-gone' })] });
    renderPop(<PopPanels bundle={bundle} />);
    fireEvent.click(screen.getByTestId('complaint-origin'));
    expect(await screen.findByTestId('timeline-jump-missing')).toHaveTextContent(
      'That touchpoint is older than the loaded history.',
    );
  });

  it('shows when an open complaint’s deadline was extended past 15 days', () => {
    const bundle = aPopBundle({
      complaints: [
        aComplaint({ id: 'late', openedAt: daysFromNow(-20), dueAt: daysFromNow(10) }),
        aComplaint({ id: 'std', openedAt: daysFromNow(-5), dueAt: daysFromNow(10) }),
      ],
    });
    renderPop(<PopPanels bundle={bundle} />);
    const [standard, extended] = screen.getAllByTestId('complaint'); // newest first
    expect(within(extended!).getByTestId('complaint-extended')).toHaveTextContent('Extended');
    expect(within(standard!).queryByTestId('complaint-extended')).not.toBeInTheDocument();
  });

  it('puts what we already know on the same screen', () => {
    renderPop(
      <PopPanels bundle={aPopBundle()} contact={aContact({ ivrIntent: 'claim_status' })} />,
    );
    expect(
      within(screen.getByTestId('panel-known-facts')).getByText(/IVR intent: claim_status/),
    ).toBeInTheDocument();
  });

  it('jumps from the evidence behind a risk signal to that touchpoint in the timeline', async () => {
    const bundle = aPopBundle({
      risk: aRiskAssessment(),
      timeline: aTimelinePage({ items: touchpoints(200) }),
    });
    renderPop(<PopPanels bundle={bundle} contact={aContact()} />);
    expect(row('tp-150')).toBeNull();

    const overdue = within(screen.getByTestId('panel-risk')).getAllByTestId(
      'risk-contribution',
    )[0]!;
    const evidence = within(overdue).getByTestId('risk-evidence');
    expect(evidence).toHaveAccessibleName('Show touchpoint 1 of 1 in the timeline');
    fireEvent.click(evidence);

    await waitFor(() => expect(row('tp-150')).toHaveAttribute('data-highlighted', 'true'));
  });

  it('puts the risk at the head of the scripts column and tags the scripts its playbook chose', () => {
    const bundle = aPopBundle({
      risk: aRiskAssessment(),
      scripts: [
        aScript({ id: 'scr-late', playbookId: 'late-claim' }),
        aScript({ id: 'scr-plain', title: 'Plain script', score: 0.1 }),
      ],
    });
    renderPop(<PopPanels bundle={bundle} contact={aContact()} />);

    const risk = screen.getByTestId('panel-risk');
    const scripts = screen.getByTestId('panel-scripts');
    expect(risk.parentElement).toBe(scripts.parentElement);
    expect(risk.compareDocumentPosition(scripts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const [late, plain] = within(scripts).getAllByTestId('script');
    expect(within(late!).getByTestId('script-playbook')).toHaveTextContent(
      'Late claim — own it and expedite',
    );
    expect(within(plain!).queryByTestId('script-playbook')).not.toBeInTheDocument();
  });
});
