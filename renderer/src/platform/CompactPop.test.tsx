import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { OfferAttention } from '../../../shared/ipc';
import { createI18n } from '../i18n/create-i18n';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { CompactPop } from './CompactPop';
import { installFakeDesktop } from './test-desktop-api';
import type { FakeDesktop } from './test-desktop-api';

const offer: OfferAttention = {
  contactId: 'c-5',
  channel: 'voice',
  customerName: 'Wang Fang',
  tier: 'diamond',
  risk: { score: 82, band: 'high' },
  reason: null,
  notification: { title: 'Incoming call: Wang Fang', body: 'Diamond · High risk (82)' },
};

let desktop: FakeDesktop | null = null;
afterEach(() => {
  desktop?.uninstall();
  desktop = null;
});

function renderPop(current: OfferAttention | null) {
  desktop = installFakeDesktop({ currentOffer: () => Promise.resolve(current) });
  const fake = desktop;
  render(
    <LocaleProvider i18n={createI18n('en')}>
      <CompactPop desktop={fake.api} />
    </LocaleProvider>,
  );
  return fake;
}

describe('the compact pop window', () => {
  it('shows the ringing customer with tier and risk, and accepts through main', async () => {
    const fake = renderPop(offer);

    expect(await screen.findByTestId('compact-pop-title')).toHaveTextContent(
      'Incoming call: Wang Fang',
    );
    expect(screen.getByTestId('compact-pop-tier')).toHaveTextContent('Diamond');
    expect(screen.getByTestId('compact-pop-risk')).toHaveTextContent('High risk (82)');
    await waitFor(() => expect(fake.api.rendererReady).toHaveBeenCalled());

    await userEvent.click(screen.getByTestId('compact-pop-accept'));
    expect(fake.api.acceptOffer).toHaveBeenCalledWith('c-5');
  });

  it('follows the offer main pushes, and empties when it ends', async () => {
    const fake = renderPop(null);
    expect(await screen.findByTestId('compact-pop-empty')).toBeInTheDocument();

    act(() => fake.send({ type: 'offer-changed', offer }));
    expect(await screen.findByTestId('compact-pop')).toHaveAttribute('data-contact-id', 'c-5');

    act(() => fake.send({ type: 'offer-changed', offer: null }));
    expect(await screen.findByTestId('compact-pop-empty')).toBeInTheDocument();
  });

  it('shows a customer name as text, never as HTML', async () => {
    renderPop({
      ...offer,
      notification: { title: '<img src=x onerror=alert(1)>', body: '' },
    });
    expect(await screen.findByTestId('compact-pop-title')).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
