import { describe, expect, it } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS } from '../../../../shared/desktop-settings';
import { checkSettings, describeRefusal, settingsPatch, toFormValues } from './settings-form';

describe('settings form', () => {
  it('sends nothing for a value the controls only round (a hand-edited volume)', () => {
    const loaded = toFormValues({
      ...DEFAULT_DESKTOP_SETTINGS,
      sound: { enabled: true, volume: 0.333 },
    });
    const edited = { ...loaded, startAtLogin: true };
    const checked = checkSettings(edited);
    if (!checked.ok) throw new Error('expected valid settings');
    expect(settingsPatch(loaded, edited, checked.settings)).toEqual({ startAtLogin: true });
  });

  it('turns empty text into "default" and "off", and "follow the app" into null', () => {
    const loaded = toFormValues({
      ...DEFAULT_DESKTOP_SETTINGS,
      gatewayUrl: 'https://gw.example.com',
      language: 'fa',
    });
    const edited = {
      ...loaded,
      gatewayUrl: '  ',
      language: 'app' as const,
      pop: { ...loaded.pop, acceptShortcut: '' },
    };
    const checked = checkSettings(edited);
    if (!checked.ok) throw new Error('expected valid settings');
    expect(settingsPatch(loaded, edited, checked.settings)).toEqual({
      gatewayUrl: null,
      language: null,
      pop: { acceptShortcut: null },
    });
  });

  it('keys each problem by its field', () => {
    const values = toFormValues(DEFAULT_DESKTOP_SETTINGS);
    const checked = checkSettings({
      ...values,
      gatewayUrl: 'https://user:secret@gw.example.com',
      pop: { ...values.pop, acceptShortcut: 'Ctrl+' },
    });
    expect(checked).toEqual({
      ok: false,
      problems: {
        gatewayUrl: 'must not carry a user name or password',
        'pop.acceptShortcut': 'must be modifiers then one key, such as CommandOrControl+Shift+A',
      },
    });
  });

  it.each([
    [
      "Error invoking remote method 'settings:update': SettingsError: Invalid settings: sound.volume: Too big.",
      'Invalid settings: sound.volume: Too big.',
      'sound.volume',
    ],
    [
      "Error invoking remote method 'settings:update': Error: settings:update: invalid request. ✖ Invalid URL\n  → at gatewayUrl",
      'settings:update: invalid request. ✖ Invalid URL\n  → at gatewayUrl',
      'gatewayUrl',
    ],
    ['Could not save the settings to /home/a/settings.json: EACCES', null, null],
  ])('reads main’s refusal %#', (raw, message, field) => {
    expect(describeRefusal(new Error(raw))).toEqual({ message: message ?? raw, field });
  });
});
