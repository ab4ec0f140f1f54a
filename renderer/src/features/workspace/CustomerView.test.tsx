import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../../../shared/schemas/common';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { aCustomer, aPopBundle } from '../pop/test-fixtures';
import { CustomerView } from './CustomerView';

const REASON = 'Callback promised in ticket';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * The gateway for a customer who is not on one of the agent's contacts: the pop is refused with
 * `reason_required` unless the request states a reason. Returns the requests, path and query.
 */
function stubGateway(pop: (url: URL) => Response) {
  const requests: URL[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    requests.push(url);
    if (url.pathname === '/api/v1/customers/cust-777/pop') return Promise.resolve(pop(url));
    return Promise.resolve(json(404, { error: { code: 'not_found', message: 'no such route' } }));
  });
  return requests;
}

const bundle = aPopBundle({ customer: aCustomer({ id: 'cust-777', name: 'Hosseini Maryam' }) });
const refused = json(403, {
  error: {
    code: ERROR_CODES.reasonRequired,
    message: 'This customer is not on one of your contacts: say why you need their record (reason)',
    field: 'reason',
  },
});
const popRequests = (requests: URL[]) =>
  requests
    .filter((url) => url.pathname.endsWith('/pop'))
    .map((url) => url.searchParams.get('reason'));

function renderView() {
  return renderWithProviders(<CustomerView customerId="cust-777" />, { state: signedInState() });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the customer view', () => {
  it('asks why when the customer is not on one of the agent’s contacts, then opens them with the reason', async () => {
    const requests = stubGateway((url) =>
      url.searchParams.has('reason') ? json(200, bundle) : refused.clone(),
    );
    const { user } = renderView();

    const form = await screen.findByTestId('customer-reason-form');
    expect(form).toHaveTextContent('This customer is not on one of your contacts.');
    expect(form).toHaveTextContent('Say why you need their record.');
    expect(form).toHaveTextContent('Opening the record is recorded in the audit log');
    expect(screen.queryByTestId('pop-error')).not.toBeInTheDocument();

    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'why');
    await user.click(within(form).getByTestId('customer-reason-submit'));
    expect(within(form).getByRole('alert')).toHaveTextContent('Say why, in at least 5 characters.');
    // Nothing carried the refused reason (StrictMode may have asked for the pop twice).
    expect(popRequests(requests).every((sent) => sent === null)).toBe(true);

    await user.clear(reason);
    await user.type(reason, REASON);
    await user.click(within(form).getByTestId('customer-reason-submit'));

    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Hosseini Maryam');
    expect(screen.queryByTestId('customer-reason-form')).not.toBeInTheDocument();
    expect(popRequests(requests).filter((sent) => sent !== null)).toEqual([REASON]);
  });

  it('says what went wrong when opening with a reason fails, and keeps the form', async () => {
    stubGateway((url) =>
      url.searchParams.has('reason')
        ? json(404, { error: { code: 'not_found', message: 'No customer "cust-777"' } })
        : refused.clone(),
    );
    const { user } = renderView();

    const form = await screen.findByTestId('customer-reason-form');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), REASON);
    await user.click(within(form).getByTestId('customer-reason-submit'));

    expect(await within(form).findByTestId('customer-reason-error')).toHaveTextContent(
      'This customer could not be found.',
    );
    expect(screen.queryByTestId('customer-name')).not.toBeInTheDocument();
  });

  it('shows other failures as an error to retry, not as a request for a reason', async () => {
    stubGateway(() => json(500, { error: { code: 'internal_error', message: 'Boom' } }));
    renderView();

    expect(await screen.findByTestId('pop-error')).toHaveTextContent(
      'Could not load this customer.',
    );
    expect(screen.queryByTestId('customer-reason-form')).not.toBeInTheDocument();
  });
});
