import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerProfile } from '../../../../shared/schemas/customer';
import { anAgent, TEST_GATEWAY_URL } from '../../../../test/setup/renderer-providers';
import { setGatewayUrl } from '../../platform/desktop-bridge';
import { appStore } from '../../state';
import { ProfilePanel } from './ProfilePanel';
import { aCustomer, FIXTURE_NOW } from './test-fixtures';
import { renderPop } from './test-utils';

const ID_NUMBER = '310101199001011234';
const REASON = 'Confirm ID for claim';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** `fetch` answering reveals with `answer(body)`; records what the desktop sent. */
function stubReveal(answer: (body: { field: string }) => Response) {
  const sent: Sent[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ method: init?.method ?? 'GET', path: url.pathname, body });
    return Promise.resolve(answer(body as { field: string }));
  });
  return sent;
}

const revealed = (value: string | null) => (body: { field: string }) =>
  json(200, { field: body.field, value, revealedAt: new Date().toISOString() });

function renderProfile(customer: CustomerProfile = aCustomer()) {
  const user = userEvent.setup({ delay: null, advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const rendered = renderPop(<ProfilePanel customer={customer} policies={[]} claims={[]} />);
  return { ...rendered, user };
}

// By test id: role queries weigh every accessible name of the pop (seconds under jsdom).
const toggle = (field: string) => screen.getByTestId(`field-${field}-toggle`);
const reasonInput = () => screen.getByTestId('reveal-reason');
/** Everything in local and session storage, as one string. */
const storedText = () =>
  [localStorage, sessionStorage]
    .flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '')),
    )
    .join('\n');

const idValue = () => screen.getByTestId('field-idNumber-value');

async function askToReveal(
  user: ReturnType<typeof userEvent.setup>,
  field: string,
  label: string,
  reason: string,
) {
  expect(toggle(field)).toHaveAccessibleName(`Show ${label}`);
  await user.click(toggle(field));
  const dialog = await screen.findByTestId('reveal-dialog');
  await user.type(reasonInput(), reason);
  await user.click(within(dialog).getByTestId('reveal-confirm'));
  return dialog;
}

beforeEach(() => {
  appStore.setState({ agent: anAgent({ role: 'specialist' }) });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  setGatewayUrl(TEST_GATEWAY_URL);
});
afterEach(() => {
  appStore.setState({ agent: null });
  vi.useRealTimers();
  vi.restoreAllMocks();
  setGatewayUrl(null);
});

describe('revealing a masked field', () => {
  it('offers a csr no way to reveal a sensitive field, only their phone and email', () => {
    appStore.setState({ agent: anAgent({ role: 'csr' }) });
    renderProfile(aCustomer({ hasHealthDetails: true }));
    for (const field of ['idNumber', 'bankAccount', 'healthDetails']) {
      expect(screen.getByTestId(`field-${field}-value`)).toBeInTheDocument();
      expect(screen.queryByTestId(`field-${field}-toggle`)).not.toBeInTheDocument();
    }
    expect(screen.getByTestId('field-phone-toggle')).toBeInTheDocument();
  });

  it('asks why, says it is audited, sends the field and reason, and shows the value in place', async () => {
    const sent = stubReveal(revealed(ID_NUMBER));
    const { user, queryClient } = renderProfile();
    expect(idValue()).toHaveTextContent('3101**********1234');

    expect(toggle('idNumber')).toHaveAccessibleName('Show ID');
    await user.click(toggle('idNumber'));
    const dialog = await screen.findByTestId('reveal-dialog');
    expect(dialog).toHaveTextContent('At least 5 characters.');
    expect(dialog).toHaveTextContent('The reveal is recorded in the audit log');
    expect(sent).toEqual([]);
    await user.type(reasonInput(), REASON);
    await user.click(within(dialog).getByTestId('reveal-confirm'));

    await waitFor(() => expect(idValue()).toHaveTextContent(ID_NUMBER));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/v1/customers/cust-001/reveal',
        body: { field: 'idNumber', reason: REASON },
      },
    ]);
    await waitFor(() => expect(screen.queryByTestId('reveal-dialog')).not.toBeInTheDocument());
    expect(toggle('idNumber')).toHaveAccessibleName('Hide ID');
    expect(toggle('idNumber')).toHaveFocus();
    // Only the field asked for is revealed.
    expect(screen.getByTestId('field-phone-value')).toHaveTextContent('138****5678');
    // The value lives in the component alone: not in the query client, not in storage.
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    ]);
    expect(cached).not.toContain(ID_NUMBER);
    expect(JSON.stringify(appStore.getState())).not.toContain(ID_NUMBER);
    expect(storedText()).not.toContain(ID_NUMBER);
  });

  it('refuses a reason shorter than five characters without asking the gateway', async () => {
    const sent = stubReveal(revealed(ID_NUMBER));
    const { user } = renderProfile();

    const dialog = await askToReveal(user, 'idNumber', 'ID', ' abc ');

    expect(within(dialog).getByTestId('reveal-reason-rule')).toHaveTextContent(
      'Say why, in at least 5 characters.',
    );
    expect(reasonInput()).toHaveAccessibleName('Reason');
    expect(reasonInput()).toBeInvalid();
    expect(sent).toEqual([]);
    expect(idValue()).toHaveTextContent('3101**********1234');
  });

  it('masks the value again on "Hide"', async () => {
    stubReveal(revealed(ID_NUMBER));
    const { user } = renderProfile();
    await askToReveal(user, 'idNumber', 'ID', REASON);
    await waitFor(() => expect(idValue()).toHaveTextContent(ID_NUMBER));

    await user.click(toggle('idNumber'));

    expect(idValue()).toHaveTextContent('3101**********1234');
    expect(idValue()).not.toHaveTextContent(ID_NUMBER);
    expect(toggle('idNumber')).toHaveAccessibleName('Show ID');
  });

  it('masks the value again by itself after a minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    stubReveal(revealed(ID_NUMBER));
    const { user } = renderProfile();
    await askToReveal(user, 'idNumber', 'ID', REASON);
    await waitFor(() => expect(idValue()).toHaveTextContent(ID_NUMBER));

    act(() => {
      vi.advanceTimersByTime(59_000);
    });
    expect(idValue()).toHaveTextContent(ID_NUMBER);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(idValue()).toHaveTextContent('3101**********1234');
  });

  it('forgets the value when the pop closes', async () => {
    stubReveal(revealed(ID_NUMBER));
    const { user, unmount, queryClient } = renderProfile();
    await askToReveal(user, 'idNumber', 'ID', REASON);
    await waitFor(() => expect(idValue()).toHaveTextContent(ID_NUMBER));

    unmount();
    renderPop(<ProfilePanel customer={aCustomer()} policies={[]} claims={[]} />, { queryClient });

    expect(idValue()).toHaveTextContent('3101**********1234');
  });

  it('says so when the gateway refuses, and keeps the field masked', async () => {
    stubReveal(() => json(403, { error: { code: 'forbidden', message: 'no' } }));
    const { user } = renderProfile();

    const dialog = await askToReveal(user, 'idNumber', 'ID', REASON);

    expect(await within(dialog).findByTestId('reveal-error')).toHaveTextContent(
      'You are not allowed to see this.',
    );
    expect(idValue()).toHaveTextContent('3101**********1234');
  });

  it('says so when the gateway cannot be reached', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const { user } = renderProfile();

    const dialog = await askToReveal(user, 'phone', 'Phone', REASON);

    expect(await within(dialog).findByTestId('reveal-error')).toHaveTextContent(
      'The gateway could not be reached. Try again.',
    );
  });

  it('shows bank account and health details only when the customer has them on file', async () => {
    const { unmount } = renderProfile(
      aCustomer({ bankAccountMasked: null, hasHealthDetails: false }),
    );
    expect(screen.queryByText('Bank account')).not.toBeInTheDocument();
    expect(screen.queryByTestId('field-bankAccount')).not.toBeInTheDocument();
    expect(screen.queryByText('Health details')).not.toBeInTheDocument();
    expect(screen.queryByTestId('field-healthDetails')).not.toBeInTheDocument();
    unmount();

    const sent = stubReveal(revealed('Type 2 diabetes, insulin since 2019'));
    const { user } = renderProfile(aCustomer({ hasHealthDetails: true }));
    expect(screen.getByTestId('field-bankAccount-value')).toHaveTextContent('**** **** 6021');
    expect(screen.getByTestId('field-healthDetails-value')).toHaveTextContent('On file');

    await askToReveal(user, 'healthDetails', 'Health details', REASON);

    await waitFor(() =>
      expect(screen.getByTestId('field-healthDetails-value')).toHaveTextContent(
        'Type 2 diabetes, insulin since 2019',
      ),
    );
    expect(sent[0]?.body).toEqual({ field: 'healthDetails', reason: REASON });
  });
});
