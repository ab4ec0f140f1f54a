import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCandidate } from '../pop/test-fixtures';
import { aLinkedOffer, anUnmatchedOffer, renderReadyWorkspace } from './test-support';

const candidates = [aCandidate(), aCandidate({ id: 'cust-102', name: '李娜', tier: 'silver', city: '杭州' })];

describe('the candidate picker', () => {
  it('lists every candidate with tier, masked phone and city, navigable by keyboard', async () => {
    const { socket, user } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer(candidates)));

    const picker = await screen.findByTestId('match-candidates');
    expect(picker).toHaveTextContent('2 customers match this contact');
    const rows = within(picker).getAllByTestId('match-candidate');
    expect(rows[0]).toHaveTextContent('Zhang Wei');
    expect(rows[0]).toHaveTextContent('139****0001');
    expect(rows[1]).toHaveTextContent('李娜');
    expect(rows[1]).toHaveTextContent('Silver');
    expect(rows[1]).toHaveTextContent('杭州');

    await user.click(screen.getByTestId('match-pick-cust-101'));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('match-pick-cust-102')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByTestId('match-pick-cust-101')).toHaveFocus();
  });

  it('links the picked customer and paints the pop the gateway sends again', async () => {
    const { socket, user } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer(candidates)));

    await user.click(await screen.findByTestId('match-pick-cust-102'));
    expect(socket.emitsOf('contact.link')).toEqual([{ contactId: 'contact-9', customerId: 'cust-102' }]);

    act(() => socket.serverEmit('contact.offered', aLinkedOffer('cust-102', '李娜')));
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('李娜');
    expect(screen.getByTestId('pop')).toHaveAttribute('data-customer-id', 'cust-102');
    expect(screen.queryByTestId('match-candidates')).not.toBeInTheDocument();
  });

  it('shows why the gateway refused the link and keeps the picker', async () => {
    const { socket, user } = await renderReadyWorkspace();
    socket.answer('contact.link', ({ contactId }) => ({
      ok: false,
      error: { code: 'not_found', message: `Contact ${contactId} is not offered to you` },
    }));
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer(candidates)));

    await user.click(await screen.findByTestId('match-pick-cust-101'));
    expect(await screen.findByTestId('match-link-error')).toHaveTextContent(
      'Could not link the contact: Contact contact-9 is not offered to you',
    );
    expect(screen.getByTestId('match-candidates')).toBeInTheDocument();
  });

  it('offers a search when none of the candidates is the caller', async () => {
    const { socket, user } = await renderReadyWorkspace();
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer(candidates)));
    await user.click(await screen.findByTestId('match-search-instead'));
    expect(screen.getByTestId('customer-search')).toBeInTheDocument();
  });
});
