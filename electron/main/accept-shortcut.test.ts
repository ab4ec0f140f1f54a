import { app, globalShortcut } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { fakeElectron } from '../testing/fake-electron.js';
import { createAcceptShortcut } from './accept-shortcut.js';

const fake = fakeElectron();
const SHORTCUT = 'CommandOrControl+Shift+A';
let warn: MockInstance<typeof console.warn>;

beforeEach(async () => {
  fake.reset();
  await app.whenReady();
  vi.restoreAllMocks();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('createAcceptShortcut', () => {
  it('holds the shortcut only while armed, and a press runs the callback', () => {
    const shortcut = createAcceptShortcut();
    const onPress = vi.fn();

    expect(shortcut.arm(SHORTCUT, onPress)).toBe(true);
    expect(fake.globalShortcut.registered).toEqual([SHORTCUT]);
    expect(fake.globalShortcut.press(SHORTCUT)).toBe(true);
    expect(onPress).toHaveBeenCalledTimes(1);

    shortcut.disarm();
    expect(fake.globalShortcut.registered).toEqual([]);
    expect(fake.globalShortcut.press(SHORTCUT)).toBe(false);
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('arming again swaps the callback without registering twice', () => {
    const shortcut = createAcceptShortcut();
    const first = vi.fn();
    const second = vi.fn();

    shortcut.arm(SHORTCUT, first);
    expect(shortcut.arm(SHORTCUT, second)).toBe(true);
    fake.globalShortcut.press(SHORTCUT);

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(fake.globalShortcut.registered).toEqual([SHORTCUT]);
  });

  it('moves to a changed accelerator and releases the old one', () => {
    const shortcut = createAcceptShortcut();

    shortcut.arm(SHORTCUT, vi.fn());
    shortcut.arm('Alt+F9', vi.fn());

    expect(fake.globalShortcut.registered).toEqual(['Alt+F9']);
  });

  it('null (turned off in settings) holds nothing', () => {
    const shortcut = createAcceptShortcut();

    shortcut.arm(SHORTCUT, vi.fn());
    expect(shortcut.arm(null, vi.fn())).toBe(false);

    expect(fake.globalShortcut.registered).toEqual([]);
  });

  it('answers false and warns once when another app holds the shortcut', () => {
    fake.globalShortcut.takeByOtherApp(SHORTCUT);
    const shortcut = createAcceptShortcut();

    expect(shortcut.arm(SHORTCUT, vi.fn())).toBe(false);
    shortcut.disarm();
    expect(shortcut.arm(SHORTCUT, vi.fn())).toBe(false);

    expect(fake.globalShortcut.registered).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain(`${SHORTCUT} is taken by another app`);
  });

  it('survives an accelerator Electron cannot parse', () => {
    const shortcut = createAcceptShortcut();

    expect(shortcut.arm('Ctrl+', vi.fn())).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain('Ctrl+ is not a valid accelerator');
  });

  it('never releases shortcuts it does not hold', () => {
    const shortcut = createAcceptShortcut();
    const other = vi.fn();
    // Another part of Firebreak holds its own shortcut.
    expect(globalShortcut.register('Alt+F1', other)).toBe(true);

    shortcut.arm(SHORTCUT, vi.fn());
    shortcut.disarm();
    shortcut.disarm();

    expect(fake.globalShortcut.registered).toEqual(['Alt+F1']);
    expect(fake.globalShortcut.unregisterAllCalls).toBe(0);
  });
});
