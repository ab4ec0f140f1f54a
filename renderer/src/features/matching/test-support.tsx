/** Helpers for the matching tests: a ready workspace over the fake socket, and offers. */
import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { ContactOffer } from '../../../../shared/schemas/contact';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { AppRoot } from '../../app/AppRoot';
import { aContact, aCustomer, aPopBundle } from '../pop/test-fixtures';

export async function renderReadyWorkspace() {
  const rendered = renderWithProviders(<AppRoot />, { state: signedInState() });
  await waitFor(() => expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'));
  return { ...rendered, socket: rendered.sockets.latest() };
}

/** An offer without a single customer: several candidates, or none. */
export function anUnmatchedOffer(candidates: CustomerCandidate[]): ContactOffer {
  return {
    contact: aContact({ id: 'contact-9', match: candidates.length > 0 ? 'many' : 'none', customerId: null }),
    pop: null,
    candidates,
  };
}

/** What the gateway sends again once the agent linked the contact. */
export function aLinkedOffer(customerId: string, name: string): ContactOffer {
  return {
    contact: aContact({ id: 'contact-9', match: 'one', customerId }),
    pop: aPopBundle({ customer: aCustomer({ id: customerId, name }) }),
    candidates: [],
  };
}
