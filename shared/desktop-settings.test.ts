import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DESKTOP_SETTINGS,
  acceleratorSchema,
  applySettingsPatch,
  desktopSettingsPatchSchema,
  desktopSettingsSchema,
  httpBaseUrlSchema,
} from './desktop-settings.js';

/** The messages zod gives for `value`, or [] when it is accepted. */
const problems = (
  schema: { safeParse(value: unknown): { error?: { issues: { message: string }[] } } },
  value: unknown,
) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('httpBaseUrlSchema', () => {
  it.each([
    ['https://gw.example.com', 'https://gw.example.com'],
    ['https://gw.example.com/', 'https://gw.example.com'],
    ['  http://127.0.0.1:4300/base/  ', 'http://127.0.0.1:4300/base'],
    ['http://localhost:4300', 'http://localhost:4300'],
    ['HTTPS://GW.Example.com/Base', 'https://gw.example.com/Base'],
    ['http://[::1]:4300/', 'http://[::1]:4300'],
  ])('accepts %j as %j', (value, expected) => {
    expect(httpBaseUrlSchema.parse(value)).toBe(expected);
  });

  it.each([
    ['ftp://gw.example.com', 'must be an http:// or https:// URL'],
    ['http://10.0.0.5:4300', 'must use https://'],
    ['http://localhost.evil.example', 'must use https://'],
    ['http://127.0.0.1.evil.example', 'must use https://'],
    ['javascript:alert(1)', 'must be an http:// or https:// URL'],
    ['gw.example.com', 'must be an http:// or https:// URL'],
    ['https://agent:s3cret@gw.example.com', 'must not carry a user name or password'],
    ['HTTPS://agent@gw.example.com', 'must not carry a user name or password'],
    ['https://gw.example.com?tenant=1', 'must be a base URL'],
    ['https://gw.example.com/#/home', 'must be a base URL'],
    ['https://gw.example.com/a b', 'must be a base URL'],
    ['https://gw.exa\nmple.com', 'must be a base URL'],
    ['https://gw.example.com\t/api', 'must be a base URL'],
    [`https://gw.example.com/${'a'.repeat(2048)}`, 'must be at most 2048 characters'],
    ['https:///gw.example.com', 'must be a base URL'],
    ['https:\\\\gw.example.com', 'must be an http:// or https:// URL'],
  ])('refuses %j: %s', (value, message) => {
    const messages = problems(httpBaseUrlSchema, value);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });
});

describe('acceleratorSchema', () => {
  it.each([
    'CommandOrControl+Shift+A',
    'Ctrl+Alt+F',
    'Super+1',
    'Shift+F9',
    'Alt+F24',
    'Cmd+Space',
  ])('accepts %s', (value) => {
    expect(problems(acceleratorSchema, value)).toEqual([]);
  });

  it.each([
    ['A', 'must be modifiers then one key'],
    ['Ctrl+', 'must be modifiers then one key'],
    ['Ctrl+A+B', 'must be modifiers then one key'],
    ['ctrl+a', 'must be modifiers then one key'],
    ['Ctrl+Ctrl+A', 'must not repeat a modifier'],
    ['Shift+A', 'Shift, Alt and AltGr alone would capture typing'],
    ['Alt+Shift+E', 'Shift, Alt and AltGr alone would capture typing'],
    ['AltGr+Q', 'Shift, Alt and AltGr alone would capture typing'],
    ['Shift+Insert', 'Shift, Alt and AltGr alone would capture typing'],
    [`${'Ctrl+'.repeat(20)}A`, 'must be at most 64 characters'],
  ])('refuses %j with one message: %s', (value, message) => {
    const messages = problems(acceleratorSchema, value);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });
});

describe('desktopSettingsSchema', () => {
  it('accepts the defaults', () => {
    expect(desktopSettingsSchema.parse(DEFAULT_DESKTOP_SETTINGS)).toEqual(DEFAULT_DESKTOP_SETTINGS);
  });

  it('drops keys it does not know (a newer version may have written them)', () => {
    const parsed = desktopSettingsSchema.parse({
      ...DEFAULT_DESKTOP_SETTINGS,
      theme: 'dark',
      sound: { ...DEFAULT_DESKTOP_SETTINGS.sound, ringtone: 'bell' },
    });
    expect(parsed).toEqual(DEFAULT_DESKTOP_SETTINGS);
  });
});

describe('desktopSettingsPatchSchema', () => {
  it('accepts a change to some keys only', () => {
    expect(desktopSettingsPatchSchema.parse({ sound: { volume: 0.2 } })).toEqual({
      sound: { volume: 0.2 },
    });
  });

  it('names each bad field, unknown keys included', () => {
    const issues = desktopSettingsPatchSchema.safeParse({
      pop: { acceptShortcut: 'A' },
      sound: { volume: 3 },
      theme: 'dark',
    }).error?.issues;

    expect(issues?.map((issue) => issue.path.join('.')).sort()).toEqual([
      '',
      'pop.acceptShortcut',
      'sound.volume',
    ]);
    expect(issues?.find((issue) => issue.code === 'unrecognized_keys')).toMatchObject({
      keys: ['theme'],
    });
  });
});

describe('applySettingsPatch', () => {
  it('merges sound and pop instead of replacing them', () => {
    const next = applySettingsPatch(DEFAULT_DESKTOP_SETTINGS, {
      sound: { volume: 0.3 },
      pop: { behaviour: 'focus' },
    });

    expect(next.sound).toEqual({ enabled: true, volume: 0.3 });
    expect(next.pop).toEqual({ ...DEFAULT_DESKTOP_SETTINGS.pop, behaviour: 'focus' });
  });

  it('sets a nullable setting back to null', () => {
    const custom = { ...DEFAULT_DESKTOP_SETTINGS, gatewayUrl: 'https://gw.example.com' };
    expect(applySettingsPatch(custom, { gatewayUrl: null }).gatewayUrl).toBeNull();
    expect(applySettingsPatch(custom, {}).gatewayUrl).toBe('https://gw.example.com');
  });
});
