import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_DESKTOP_SETTINGS,
  type DesktopSettings,
  type DesktopSettingsPatch,
} from '../../../../shared/desktop-settings';
import { renderWithProviders } from '../../../../test/setup/renderer-providers';
import { renderWorkspace } from '../../commands/test-utils';
import { installFakeDesktop, type FakeDesktop } from '../../platform/test-desktop-api';
import { appStore } from '../../state';
import { SettingsDialog } from './SettingsDialog';

/** antd's modal and form re-render slowly in jsdom on a shared machine. */
const DIALOG_TEST_TIMEOUT = 40_000;

let desktop: FakeDesktop | null = null;
afterEach(() => {
  desktop?.uninstall();
  desktop = null;
});

/** Electron main as the dialog sees it: settings it holds, a change it saves (or refuses). */
function installMain(
  settings: DesktopSettings = DEFAULT_DESKTOP_SETTINGS,
  answer: (patch: DesktopSettingsPatch) => Promise<{ restartNeeded: boolean }> = () =>
    Promise.resolve({ restartNeeded: false }),
) {
  let current = settings;
  desktop = installFakeDesktop({
    getSettings: vi.fn(() => Promise.resolve(current)),
    updateSettings: vi.fn(async (patch: DesktopSettingsPatch) => {
      const { restartNeeded } = await answer(patch);
      current = applySettingsPatch(current, patch);
      return { settings: current, restartNeeded };
    }),
  });
  return desktop;
}

async function renderDialog(state = {}) {
  const onClose = vi.fn();
  const rendered = renderWithProviders(<SettingsDialog open onClose={onClose} />, { state });
  await screen.findByTestId('settings-form');
  return { ...rendered, onClose };
}

// Found by test id: role queries by name scan every antd style in jsdom, seconds per query.
/** antd's button-style radios hide the input: click what the agent clicks. */
const choose = (testId: string) => screen.getByTestId(testId).closest('label')!;
const volumeSlider = () =>
  screen.getByTestId('settings-form').querySelector<HTMLElement>('[role="slider"]')!;

const field = (name: string) =>
  document.querySelector<HTMLElement>(`[data-testid="settings-field-error"][data-field="${name}"]`);

describe('settings dialog in the desktop', { timeout: DIALOG_TEST_TIMEOUT }, () => {
  it('shows what main holds and sends only the volume when only the volume moved', async () => {
    const main = installMain();
    const { user, onClose } = await renderDialog();
    expect(screen.getByTestId('settings-dialog')).toHaveAttribute('data-mode', 'desktop');
    expect(screen.getByTestId('settings-accept-shortcut')).toHaveValue('CommandOrControl+Shift+A');
    const busy = screen.getByTestId('settings-pop-flash-when-busy');
    expect(busy).toBeChecked();
    expect(busy).toHaveAccessibleName(/unless you are typing in another app/);

    const volume = volumeSlider();
    expect(volume).toHaveAccessibleName('Ring volume');
    expect(volume).toHaveAttribute('aria-valuenow', '80');
    // What a browser sends (rc-slider reads keyCode, which user-event leaves out for arrows).
    fireEvent.keyDown(volume, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 });
    expect(volume).toHaveAttribute('aria-valuenow', '85');
    expect(volume).toHaveAttribute('aria-valuetext', '85%');
    await user.click(screen.getByTestId('settings-save'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(main.api.updateSettings).toHaveBeenCalledExactlyOnceWith({ sound: { volume: 0.85 } });
    // The ring follows at once.
    expect(appStore.getState().ringSound).toEqual({ enabled: true, volume: 0.85 });
  });

  it('refuses a bad shortcut under its field and sends nothing', async () => {
    const main = installMain();
    const { user, onClose } = await renderDialog();
    const shortcut = screen.getByTestId('settings-accept-shortcut');

    await user.clear(shortcut);
    await user.type(shortcut, 'A');
    await user.click(screen.getByTestId('settings-save'));

    expect(await screen.findByTestId('settings-field-error')).toHaveTextContent(
      'Not accepted: must be modifiers then one key, such as CommandOrControl+Shift+A',
    );
    expect(field('pop.acceptShortcut')).not.toBeNull();
    expect(shortcut).toHaveAttribute('aria-invalid', 'true');
    expect(main.api.updateSettings).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();

    // Editing the field takes the complaint away; an empty shortcut turns it off.
    await user.clear(shortcut);
    expect(field('pop.acceptShortcut')).toBeNull();
    await user.click(screen.getByTestId('settings-pop-flash'));
    await user.click(screen.getByTestId('settings-save'));
    await waitFor(() =>
      expect(main.api.updateSettings).toHaveBeenCalledExactlyOnceWith({
        pop: { behaviour: 'flash', acceptShortcut: null },
      }),
    );
  });

  it('refuses a gateway that is not an http(s) URL', async () => {
    const main = installMain();
    const { user } = await renderDialog();

    await user.click(screen.getByTestId('settings-gateway-url'));
    await user.paste('ftp://files.example.com');
    await user.click(screen.getByTestId('settings-save'));

    await waitFor(() => expect(field('gatewayUrl')).toHaveTextContent(/http:\/\/ or https:\/\//));
    expect(main.api.updateSettings).not.toHaveBeenCalled();
  });

  it('says to restart when the gateway changed, and keeps the dialog open', async () => {
    const main = installMain(DEFAULT_DESKTOP_SETTINGS, () =>
      Promise.resolve({ restartNeeded: true }),
    );
    const { user, onClose } = await renderDialog();
    const gateway = screen.getByTestId('settings-gateway-url');

    await user.click(gateway);
    await user.paste(' https://gw.example.com/ ');
    await user.click(screen.getByTestId('settings-save'));

    expect(await screen.findByTestId('settings-restart-needed')).toHaveTextContent(
      'Restart Firebreak to use the new gateway.',
    );
    expect(main.api.updateSettings).toHaveBeenCalledExactlyOnceWith({
      gatewayUrl: 'https://gw.example.com',
    });
    expect(gateway).toHaveValue('https://gw.example.com');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows why main refused, under the field it names', async () => {
    const main = installMain(DEFAULT_DESKTOP_SETTINGS, () =>
      Promise.reject(
        new Error(
          "Error invoking remote method 'settings:update': SettingsError: Invalid settings: pop.acceptShortcut: is taken by another application.",
        ),
      ),
    );
    const { user, onClose } = await renderDialog();
    const shortcut = screen.getByTestId('settings-accept-shortcut');

    await user.clear(shortcut);
    await user.type(shortcut, 'Alt+F9');
    await user.click(screen.getByTestId('settings-save'));

    expect(await screen.findByTestId('settings-error')).toHaveTextContent(
      'Firebreak did not save the settings: Invalid settings: pop.acceptShortcut: is taken by another application.',
    );
    expect(field('pop.acceptShortcut')).toHaveTextContent(
      'Not accepted: is taken by another application',
    );
    expect(main.api.updateSettings).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('switches the app to Persian at once, right-to-left', async () => {
    const main = installMain();
    const { user } = await renderDialog({ language: 'en' });

    await user.click(choose('settings-language-fa'));
    await user.click(screen.getByTestId('settings-save'));

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(main.api.updateSettings).toHaveBeenCalledExactlyOnceWith({ language: 'fa' });
    expect(appStore.getState().language).toBe('fa');
  });

  it('lays itself out right-to-left in Persian', async () => {
    installMain({ ...DEFAULT_DESKTOP_SETTINGS, language: 'fa' });
    await renderDialog({ language: 'fa' });

    const dialog = screen.getByTestId('settings-dialog');
    expect(dialog.closest('.ant-modal')).toHaveTextContent('تنظیمات');
    // antd lays the modal and its controls out right-to-left.
    expect(dialog.closest('[class*="-rtl"]')).not.toBeNull();
    expect(dialog.querySelector('.ant-radio-group-rtl, .ant-form-rtl')).not.toBeNull();
    // Latin text (URL, shortcut) stays left-to-right inside it.
    expect(screen.getByTestId('settings-accept-shortcut')).toHaveAttribute('dir', 'ltr');
  });

  it('closes without a call to main when nothing changed', async () => {
    const main = installMain();
    const { user, onClose } = await renderDialog();
    await user.click(screen.getByTestId('settings-save'));
    expect(onClose).toHaveBeenCalled();
    expect(main.api.updateSettings).not.toHaveBeenCalled();
  });

  it('says so when the settings cannot be read', async () => {
    desktop = installFakeDesktop({ getSettings: () => Promise.reject(new Error('disk on fire')) });
    renderWithProviders(<SettingsDialog open onClose={() => undefined} />);
    expect(await screen.findByTestId('settings-load-error')).toHaveTextContent(
      'Could not read the settings: disk on fire',
    );
  });
});

describe('settings dialog in a browser', { timeout: DIALOG_TEST_TIMEOUT }, () => {
  it('offers only the language and the ring, and keeps them on this machine', async () => {
    const { user, onClose } = await renderDialog({ language: 'en' });
    expect(screen.getByTestId('settings-dialog')).toHaveAttribute('data-mode', 'web');
    expect(screen.getByTestId('settings-web-note')).toHaveTextContent(
      'settings of the Firebreak desktop app',
    );
    for (const desktopOnly of [
      'settings-gateway-url',
      'settings-accept-shortcut',
      'settings-start-at-login',
      'settings-pop-notification',
      'settings-language-app',
    ]) {
      expect(screen.queryByTestId(desktopOnly)).not.toBeInTheDocument();
    }

    const ring = screen.getByTestId('settings-sound-enabled');
    expect(ring).toHaveAccessibleName('Ring when a contact is offered');
    await user.click(ring);
    expect(volumeSlider()).toHaveAttribute('aria-disabled', 'true');
    await user.click(choose('settings-language-zh-CN'));
    await user.click(screen.getByTestId('settings-save'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(appStore.getState()).toMatchObject({
      language: 'zh-CN',
      ringSound: { enabled: false, volume: 0.8 },
    });
    expect(JSON.parse(window.localStorage.getItem('firebreak:ui') ?? 'null')).toEqual({
      language: 'zh-CN',
      ringSound: { enabled: false, volume: 0.8 },
    });
  });
});

describe('opening settings', { timeout: DIALOG_TEST_TIMEOUT }, () => {
  it('opens from the gear in the header, naming its shortcut', async () => {
    const { user } = await renderWorkspace();
    const gear = screen.getByTestId('settings-open');
    expect(gear).toHaveAccessibleName('Open settings (Ctrl+,)');
    expect(gear).toHaveAttribute('aria-keyshortcuts', 'Control+,');

    await user.click(gear);

    expect(await screen.findByTestId('settings-dialog')).toHaveAttribute('data-mode', 'web');
  });

  it('opens with Ctrl+, whatever the keyboard layout', async () => {
    await renderWorkspace();
    // A Persian layout types "و" on the comma key: the key's position counts.
    fireEvent.keyDown(window, { key: 'و', code: 'Comma', ctrlKey: true });
    expect(await screen.findByTestId('settings-dialog')).toBeInTheDocument();
  });
});
