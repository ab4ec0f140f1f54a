import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { CustomerSearchResponse } from '../../../../shared/schemas/customer-search';
import { aLinkedOffer, anUnmatchedOffer, renderReadyWorkspace } from './test-support';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const found: CustomerSearchResponse = {
  items: [
    { id: 'cust-001', name: 'Wang Li', tier: 'diamond', phoneMasked: '+86 138****5678', city: '上海', matchedOn: 'claim' },
  ],
};

let fetchMock: MockInstance<typeof fetch>;
beforeEach(() => {
  fetchMock = vi.spyOn(globalThis, 'fetch');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const searchedFor = () =>
  fetchMock.mock.calls.map(([url]) => new URL(url instanceof Request ? url.url : url).searchParams.get('q'));

describe('the customer search', () => {
  it('searches as the agent types, once typing settles, and links the customer found', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(200, found)));
    const { socket, user } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer([])));

    expect(await screen.findByTestId('match-none')).toHaveTextContent('No customer matched this contact.');
    await user.type(screen.getByTestId('customer-search'), 'C-2031');

    const row = await screen.findByTestId('search-result-cust-001', {}, { timeout: 2000 });
    expect(row).toHaveTextContent('Wang Li');
    expect(row).toHaveTextContent('+86 138****5678');
    expect(row).toHaveTextContent('Claim number');
    expect(searchedFor()).toEqual(['C-2031']);

    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('search-link-cust-001')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(socket.emitsOf('contact.link')).toEqual([{ contactId: 'contact-9', customerId: 'cust-001' }]);

    act(() => socket.serverEmit('contact.offered', aLinkedOffer('cust-001', 'Wang Li')));
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Wang Li');
    expect(screen.queryByTestId('customer-search')).not.toBeInTheDocument();
  });

  it('says when nobody was found, and shows a failed search', async () => {
    fetchMock.mockImplementationOnce(() => Promise.resolve(json(200, { items: [] })));
    fetchMock.mockImplementationOnce(() =>
      Promise.resolve(json(400, { error: { code: 'validation_failed', message: 'at most 100 characters', field: 'querystring.q' } })),
    );
    const { socket, user } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer([])));

    await user.type(await screen.findByTestId('customer-search'), '赵');
    expect(await screen.findByTestId('search-empty', {}, { timeout: 2000 })).toHaveTextContent('Nobody found for “赵”.');

    await user.type(screen.getByTestId('customer-search'), '六');
    await waitFor(() => expect(screen.getByTestId('search-results')).toHaveTextContent('The search failed: at most 100 characters'), {
      timeout: 2000,
    });
    expect(socket.emitsOf('contact.link')).toEqual([]);
  });
});
