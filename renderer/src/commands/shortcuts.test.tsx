import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { onCustomerSearchFocusRequest } from './customer-search-focus';
import { anOffer, anUnmatchedOffer, renderWithPop, renderWorkspace } from './test-utils';

const END = '{Control>}{Shift>}E{/Shift}{/Control}';
const PANELS = [
  'panel-profile',
  'panel-complaints',
  'panel-timeline',
  'panel-risk',
  'panel-scripts',
];

describe('keyboard shortcuts', () => {
  it('ends the active contact with Ctrl+Shift+E, into its wrap-up', async () => {
    const { socket, user } = await renderWithPop();

    await user.keyboard(END);

    expect(await screen.findByTestId('wrapup-form')).toBeInTheDocument();
    expect(socket.emitsOf('contact.end')).toEqual([{ contactId: 'contact-1' }]);
  });

  it('does nothing with Ctrl+Shift+E when there is no contact', async () => {
    const { socket, user } = await renderWorkspace();

    await user.keyboard(END);

    expect(socket.emitsOf('contact.end')).toEqual([]);
    expect(screen.getByTestId('idle')).toBeInTheDocument();
  });

  it('names the shortcut on the End contact button', async () => {
    await renderWithPop();
    expect(screen.getByTestId('contact-end')).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Shift+E',
    );
  });

  it('moves focus across the panels with F6 and back with Shift+F6', async () => {
    const { user } = await renderWithPop();

    for (const testId of [...PANELS, PANELS[0]]) {
      await user.keyboard('{F6}');
      expect(document.activeElement).toBe(screen.getByTestId(testId ?? ''));
    }
    await user.keyboard('{Shift>}{F6}{/Shift}');
    expect(document.activeElement).toBe(screen.getByTestId('panel-scripts'));
  });

  it('gives every panel a name from its card title', async () => {
    await renderWithPop();
    const regions = screen.getAllByRole('region');
    for (const testId of PANELS) {
      const panel = screen.getByTestId(testId);
      expect(regions).toContain(panel);
      const title = document.getElementById(panel.getAttribute('aria-labelledby') ?? '');
      expect(title?.textContent).toBeTruthy();
      expect(panel).toHaveAccessibleName(title?.textContent ?? '');
    }
  });

  it('copies the top script with Ctrl+Shift+C', async () => {
    const { user } = await renderWithPop();

    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');

    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe('Top script for Wang Li'),
    );
  });

  it('shows the next held contact with Alt+ArrowRight', async () => {
    const { socket, user } = await renderWorkspace();
    act(() => {
      socket.serverEmit('contact.offered', anOffer('contact-1'));
      socket.serverEmit('contact.offered', anOffer('contact-2', 'Zhao Min', 'cust-002'));
    });
    await screen.findAllByTestId('offer-tab');

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');

    await waitFor(() =>
      expect(screen.getByTestId('active-contact')).toHaveAttribute('data-contact-id', 'contact-2'),
    );
  });

  it('focuses the customer search with Ctrl+F when the contact matched nobody', async () => {
    const { socket, user } = await renderWorkspace();
    const requests = vi.fn();
    const stop = onCustomerSearchFocusRequest(requests);
    act(() => socket.serverEmit('contact.offered', anUnmatchedOffer('contact-9')));
    const search = await screen.findByTestId('customer-search');
    act(() => screen.getByTestId('contact-end').focus());

    await user.keyboard('{Control>}F{/Control}');

    expect(requests).toHaveBeenCalledTimes(1);
    expect(search.contains(document.activeElement)).toBe(true);
    stop();
  });

  it('asks why with Ctrl+Alt+P before going away, and comes back with it', async () => {
    const { socket, user } = await renderWorkspace();

    await user.keyboard('{Control>}{Alt>}P{/Alt}{/Control}');
    expect(await screen.findByTestId('away-reason')).toBeInTheDocument();
    const training = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (option) => option.textContent === 'Training',
    );
    fireEvent.click(training!);
    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'away'),
    );

    await user.keyboard('{Control>}{Alt>}P{/Alt}{/Control}');

    await waitFor(() =>
      expect(screen.getByTestId('presence-state')).toHaveAttribute('data-state', 'available'),
    );
    expect(socket.emitsOf('agent.set-state')).toEqual([
      { state: 'away', reason: 'training' },
      { state: 'available' },
    ]);
  });

  it('opens the transfer dialog with Ctrl+Alt+T on a connected contact', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ items: [] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const { user } = await renderWithPop();

    await user.keyboard('{Control>}{Alt>}T{/Alt}{/Control}');

    expect(await screen.findByTestId('transfer-dialog')).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('does not fire plain shortcuts while typing, but Ctrl ones do', async () => {
    const { socket, user } = await renderWithPop(<input aria-label="note" />);
    const note = screen.getByRole('textbox', { name: 'note' });
    await user.click(note);

    await user.keyboard('{F6}{Alt>}{ArrowRight}{/Alt}');
    expect(note).toHaveFocus();

    await user.keyboard(END);
    await waitFor(() => expect(socket.emitsOf('contact.end')).toHaveLength(1));
  });

  it('does not fire during IME composition', async () => {
    const { socket } = await renderWithPop(<input aria-label="note" />);
    const note = screen.getByRole('textbox', { name: 'note' });
    const press = { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true };

    fireEvent.keyDown(note, { ...press, isComposing: true });
    fireEvent.keyDown(note, { ...press, key: 'Process' });

    expect(socket.emitsOf('contact.end')).toEqual([]);
    expect(screen.getByTestId('active-contact')).toBeInTheDocument();
  });

  it('cycles the language with Ctrl+Shift+L, right-to-left in Persian', async () => {
    const { user } = await renderWorkspace();
    const cycle = '{Control>}{Shift>}L{/Shift}{/Control}';

    await user.keyboard(cycle);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fa'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('idle')).toHaveTextContent('در انتظار تماس بعدی');

    await user.keyboard(cycle);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.keyboard(cycle);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
  });
});
