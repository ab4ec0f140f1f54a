import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMMAND_DESCRIPTORS, toElectronAccelerator } from '../../../shared/commands';
import { COMMAND_MENU_ITEMS } from './registry';
import { renderWithPop, renderWorkspace } from './test-utils';

const OPEN = '{Control>}K{/Control}';
async function openPalette(user: UserEvent): Promise<HTMLElement> {
  await user.keyboard(OPEN);
  const input = await screen.findByTestId('command-palette-input');
  await waitFor(() => expect(input).toHaveFocus());
  return input;
}

const items = () =>
  within(screen.getByTestId('command-palette'))
    .queryAllByRole('option')
    .map((item) => item.getAttribute('data-command-id'));

describe('command palette', () => {
  it('opens with Ctrl+K, listing the enabled commands with their shortcuts', async () => {
    const { user } = await renderWithPop();

    await openPalette(user);

    const palette = screen.getByTestId('command-palette');
    expect(items()).toEqual([
      'contact.end',
      'contact.transfer',
      'panel.next',
      'panel.previous',
      'script.copy-top',
      'presence.toggle',
      'language.cycle',
      'worklist.open',
      'settings.open',
    ]);
    expect(within(palette).getByText('End contact').closest('li')).toHaveTextContent(
      'Ctrl+Shift+E',
    );
  });

  it('leaves out what cannot be done now', async () => {
    const { user } = await renderWorkspace();
    await openPalette(user);
    expect(items()).not.toContain('contact.end');
    expect(items()).not.toContain('script.copy-top');
  });

  it('filters by typing and runs the chosen command with Enter', async () => {
    const { socket, user } = await renderWithPop();
    await openPalette(user);

    await user.keyboard('end con');
    expect(items()).toEqual(['contact.end']);
    await user.keyboard('{Enter}');

    // Ended: the contact stays for its wrap-up.
    expect(await screen.findByTestId('wrapup-form')).toBeInTheDocument();
    expect(socket.emitsOf('contact.end')).toEqual([{ contactId: 'contact-1' }]);
    await waitFor(() => expect(screen.queryByTestId('command-palette')).not.toBeInTheDocument());
  });

  it('is usable with arrows alone and says when nothing matches', async () => {
    const { user } = await renderWithPop();
    const input = await openPalette(user);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = screen.getByRole('option', { selected: true });
    expect(chosen).toHaveAttribute('data-command-id', 'panel.next');
    expect(input).toHaveAttribute('aria-activedescendant', chosen.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('panel-profile')).toHaveFocus());

    await openPalette(user);
    await user.keyboard('zzz');
    expect(screen.getByText('No matching command')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('command-palette')).not.toBeInTheDocument());
  });

  it('opens from the header button too', async () => {
    const { user } = await renderWorkspace();
    await user.click(screen.getByTestId('command-palette-open'));
    expect(await screen.findByTestId('command-palette')).toBeInTheDocument();
  });

  it('speaks the agent language', async () => {
    const { user } = await renderWorkspace();
    await user.click(screen.getByTestId('language-option-zh-CN'));
    await user.keyboard(OPEN);
    expect(await screen.findByText('切换语言')).toBeInTheDocument();
  });
});

describe('menu items for Electron', () => {
  it('lists every command with its label key and shortcut, as plain data', () => {
    expect(COMMAND_MENU_ITEMS).toBe(COMMAND_DESCRIPTORS);
    expect(COMMAND_MENU_ITEMS.find((item) => item.id === 'contact.end')).toEqual({
      id: 'contact.end',
      labelKey: 'label.contactEnd',
      shortcut: 'Mod+Shift+E',
    });
    expect(toElectronAccelerator('Mod+Shift+E')).toBe('CmdOrCtrl+Shift+E');
    expect(toElectronAccelerator('Alt+ArrowRight')).toBe('Alt+Right');
  });
});
