import { act, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { ContactOffer } from '../../../shared/schemas/contact';
import { renderWithProviders, signedInState } from '../../../test/setup/renderer-providers';
import { AppRoot } from '../app/AppRoot';
import { aCustomer, aPopBundle, aScript } from '../features/pop/test-fixtures';
import { anActiveContact, installGateway } from '../features/workspace/test-lifecycle';

/** A connected contact with the customer's pop (two scripts). */
export const anOffer = (id: string, name = 'Wang Li', customerId = 'cust-001'): ContactOffer => ({
  contact: anActiveContact({ id, customerId }),
  pop: aPopBundle({
    customer: aCustomer({ id: customerId, name }),
    scripts: [
      aScript({ id: 'scr-top', text: `Top script for ${name}` }),
      aScript({ id: 'scr-2', text: 'Second script' }),
    ],
  }),
  candidates: [],
});

/** A contact that matched nobody: no pop, the match fallback on screen. */
export const anUnmatchedOffer = (id: string): ContactOffer => ({
  contact: anActiveContact({ id, customerId: null, match: 'none' }),
  pop: null,
  candidates: [],
});

/**
 * The signed-in workspace, connected to a fake gateway that answers the contact lifecycle;
 * `extra` renders beside it (e.g. a text field).
 */
export async function renderWorkspace(extra?: React.ReactNode) {
  const rendered = renderWithProviders(
    <>
      <AppRoot />
      {extra}
    </>,
    { state: signedInState(), socket: { autoConnect: false } },
  );
  const socket = rendered.sockets.latest();
  installGateway(socket);
  act(() => socket.serverConnect());
  await waitFor(() => expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'));
  return { ...rendered, socket };
}

export async function renderWithPop(extra?: React.ReactNode) {
  const rendered = await renderWorkspace(extra);
  act(() => rendered.socket.serverEmit('contact.offered', anOffer('contact-1')));
  await screen.findByTestId('panel-scripts');
  return rendered;
}
