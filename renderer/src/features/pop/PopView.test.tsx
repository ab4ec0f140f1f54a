import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { customerKeys } from '../../api/customers/keys';
import { apiFetch } from '../../api/http.js';
import { PopView } from './PopView';
import { aCandidate, aContact, aPopBundle, aTouchpoint, FIXTURE_NOW } from './test-fixtures';
import { renderPop, stubTimelineViewport } from './test-utils';

vi.mock('../../api/http.js', () => ({ apiFetch: vi.fn() }));
const gateway = vi.mocked(apiFetch);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  stubTimelineViewport();
  gateway.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PopView', () => {
  it('paints all four panels at once from the offered pop, without a round trip', () => {
    renderPop(<PopView contact={aContact()} pop={aPopBundle()} candidates={[]} />);
    const pop = screen.getByTestId('pop');
    expect(pop).toHaveAttribute('data-contact-id', 'contact-1');
    expect(pop).toHaveAttribute('data-customer-id', 'cust-001');
    for (const panel of ['panel-profile', 'panel-complaints', 'panel-timeline', 'panel-scripts']) {
      expect(within(pop).getByTestId(panel)).toBeInTheDocument();
    }
    expect(screen.getByTestId('customer-name')).toHaveTextContent('Wang Li');
    expect(gateway).not.toHaveBeenCalled();
  });

  it('shows touchpoints the realtime connector appends to the cached pop', async () => {
    const { queryClient } = renderPop(
      <PopView contact={aContact()} pop={aPopBundle()} candidates={[]} />,
    );
    expect(screen.getByTestId('timeline-count')).toHaveTextContent('5 of 5');

    act(() => {
      queryClient.setQueryData<PopBundle>(customerKeys.pop('cust-001'), (pop) =>
        pop
          ? {
              ...pop,
              timeline: {
                ...pop.timeline,
                items: [
                  aTouchpoint(-1, { id: 'tp-live', summary: 'Uploaded photos of the damage' }),
                  ...pop.timeline.items,
                ],
                total: pop.timeline.total + 1,
              },
            }
          : pop,
      );
    });

    await waitFor(() => expect(screen.getByTestId('timeline-count')).toHaveTextContent('6 of 6'));
    expect(screen.getAllByTestId('timeline-row')[0]).toHaveTextContent(
      'Uploaded photos of the damage',
    );
  });

  it('fetches the pop from the gateway when the contact matched but none was pushed', async () => {
    gateway.mockResolvedValueOnce(aPopBundle());
    renderPop(<PopView contact={aContact()} pop={null} candidates={[]} />);
    expect(screen.getByTestId('pop-loading')).toBeInTheDocument();

    expect(await screen.findByTestId('panel-profile')).toBeInTheDocument();
    expect(gateway).toHaveBeenCalledWith('/api/v1/customers/cust-001/pop', expect.anything());
  });

  it('offers a retry when the pop cannot be loaded', async () => {
    gateway.mockRejectedValueOnce(new Error('gateway down'));
    renderPop(<PopView contact={aContact()} pop={null} candidates={[]} />);
    expect(await screen.findByText('Could not load this customer.')).toBeInTheDocument();
    expect(screen.getByTestId('pop-retry')).toBeInTheDocument();
  });

  it('lists the candidates when the contact matched several customers', () => {
    const contact = aContact({ match: 'many', customerId: null });
    renderPop(
      <PopView
        contact={contact}
        pop={null}
        candidates={[aCandidate(), aCandidate({ id: 'cust-102', name: '李娜', tier: 'silver' })]}
      />,
    );
    const pop = screen.getByTestId('pop');
    expect(pop).not.toHaveAttribute('data-customer-id');
    const list = screen.getByTestId('match-candidates');
    expect(list).toHaveTextContent('2 customers match this contact');
    const candidates = within(list).getAllByTestId('match-candidate');
    expect(candidates[0]).toHaveTextContent('Zhang Wei');
    expect(candidates[0]).toHaveTextContent('139****0001');
    expect(candidates[1]).toHaveTextContent('李娜');
    expect(candidates[1]).toHaveTextContent('Silver');
    expect(screen.queryByTestId('panel-profile')).not.toBeInTheDocument();
  });

  it('says no customer matched when none did', () => {
    renderPop(
      <PopView
        contact={aContact({ match: 'none', customerId: null })}
        pop={null}
        candidates={[]}
      />,
    );
    expect(screen.getByTestId('match-none')).toHaveTextContent('No customer matched this contact.');
    expect(gateway).not.toHaveBeenCalled();
  });
});
