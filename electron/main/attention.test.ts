import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS } from '../../shared/desktop-settings.js';
import type { DesktopSettings } from '../../shared/desktop-settings.js';
import type { DesktopCommand, OfferAttention } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import type { FakeWindow } from '../testing/fake-electron.js';
import { createAcceptShortcut } from './accept-shortcut.js';
import { BUSY_IDLE_SECONDS, createAttention } from './attention.js';
import { createPopWindowController } from './pop-window.js';
import { createPopWindow } from './window.js';

const fake = fakeElectron();
const SHORTCUT = 'CommandOrControl+Shift+A';

const offer = (contactId: string, customerName = 'Wang Fang'): OfferAttention => ({
  contactId,
  channel: 'voice',
  customerName,
  tier: 'diamond',
  risk: { score: 82, band: 'high' },
  reason: 'Claim status',
  notification: { title: `Incoming call: ${customerName}`, body: 'Diamond · risk 82 (high)' },
});

interface SetupOptions {
  readonly pop?: Partial<DesktopSettings['pop']>;
  readonly platform?: NodeJS.Platform;
  /** No main window at all (macOS with every window closed). */
  readonly noWindow?: boolean;
}

/**
 * The agent works in another app (a CRM): Firebreak's window is open behind it, not focused.
 * `idle` is how long since their last keystroke.
 */
function setup(options: SetupOptions = {}) {
  let settings: DesktopSettings = {
    ...DEFAULT_DESKTOP_SETTINGS,
    pop: { ...DEFAULT_DESKTOP_SETTINGS.pop, ...options.pop },
  };
  const window = options.noWindow ? null : new BrowserWindow({ show: true });
  const main = window === null ? null : fake.windowFor(window);
  main?.userSwitchesAway();
  const pushed: DesktopCommand[] = [];
  const pushedToPop: DesktopCommand[] = [];
  const popWindow = createPopWindowController({
    createWindow: () =>
      createPopWindow({
        preloadPath: '/opt/firebreak/out/preload/preload.cjs',
        renderer: { kind: 'bundled', rendererDir: path.resolve('/opt/firebreak/out/renderer') },
        contentSecurityPolicy: "default-src 'none'",
      }),
    push: (_window, command) => pushedToPop.push(command),
  });
  const attention = createAttention({
    getSettings: () => settings,
    getMainWindow: () => window,
    push: (command) => pushed.push(command),
    popWindow,
    shortcut: createAcceptShortcut(),
    ...(options.platform !== undefined && { platform: options.platform }),
  });
  return {
    attention,
    pushed,
    pushedToPop,
    popWindow,
    /** The main window as main code sees it, and as the test drives it. */
    window: window as BrowserWindow,
    main: main as FakeWindow,
    changeSettings: (pop: Partial<DesktopSettings['pop']>) => {
      settings = { ...settings, pop: { ...settings.pop, ...pop } };
    },
  };
}

beforeEach(async () => {
  fake.reset();
  await app.whenReady();
  fake.powerMonitor.systemIdleTime = 60;
});

describe('the window when an offer rings', () => {
  it('focus: brings a minimized window back and gives it the focus', () => {
    const { attention, main } = setup({ pop: { behaviour: 'focus' } });
    main.userMinimizes();
    fake.powerMonitor.systemIdleTime = 0; // even while the agent types elsewhere

    attention.offer(offer('c-1'));

    expect(main.minimized).toBe(false);
    expect(main.visible).toBe(true);
    expect(main.focused).toBe(true);
    expect(main.flashing).toBe(false);
    expect(fake.app.focusRequests).toEqual([]); // not on Windows or Linux
  });

  it('focus on macOS also activates the app, which a window focus alone does not', () => {
    const { attention, main } = setup({ pop: { behaviour: 'focus' }, platform: 'darwin' });

    attention.offer(offer('c-1'));

    expect(main.focused).toBe(true);
    expect(fake.app.focusRequests).toEqual([{ steal: true }]);
  });

  it('flash: flashes the taskbar entry and never takes the focus', () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash' } });

    attention.offer(offer('c-1'));

    expect(main.flashing).toBe(true);
    expect(main.focused).toBe(false);
    expect(fake.app.focusRequests).toEqual([]);
  });

  it('flash: a hidden window is shown, without the focus, so there is something to flash', () => {
    const { attention, window, main } = setup({ pop: { behaviour: 'flash' } });
    window.hide();

    attention.offer(offer('c-1'));

    expect(main.visible).toBe(true);
    expect(main.focused).toBe(false);
    expect(main.flashing).toBe(true);
  });

  it(`flash-when-busy: flashes while the agent typed less than ${BUSY_IDLE_SECONDS} s ago`, () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash-when-busy' } });
    fake.powerMonitor.systemIdleTime = BUSY_IDLE_SECONDS - 1;

    attention.offer(offer('c-1'));

    expect(main.flashing).toBe(true);
    expect(main.focused).toBe(false);
  });

  it(`flash-when-busy: comes forward once the agent has been idle ${BUSY_IDLE_SECONDS} s`, () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash-when-busy' } });
    fake.powerMonitor.systemIdleTime = BUSY_IDLE_SECONDS;

    attention.offer(offer('c-1'));

    expect(main.focused).toBe(true);
    expect(main.flashing).toBe(false);
  });

  it('flash-when-busy: leaves alone a window the agent is already using', () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash-when-busy' } });
    main.userFocuses();
    fake.powerMonitor.systemIdleTime = 0;

    attention.offer(offer('c-1'));

    expect(main.focused).toBe(true);
    expect(main.flashing).toBe(false);
  });

  it('stops flashing when the agent switches to the window', () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));

    main.userFocuses();

    expect(main.flashing).toBe(false);
  });

  it('stops flashing when the offer ends', () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));

    attention.offerEnded('c-1');

    expect(main.flashing).toBe(false);
  });

  it('still notifies when there is no main window', () => {
    const { attention } = setup({ noWindow: true });

    expect(attention.offer(offer('c-1'))).toEqual({ notified: true });
  });
});

describe('the OS notification', () => {
  it('shows the renderer’s title and body, silently (the renderer rings)', () => {
    const { attention } = setup({ platform: 'win32' });

    expect(attention.offer(offer('c-1'))).toEqual({ notified: true });

    expect(fake.notifications.open).toHaveLength(1);
    const [shown] = fake.notifications.open;
    expect(shown?.options).toMatchObject({
      title: 'Incoming call: Wang Fang',
      body: 'Diamond · risk 82 (high)',
      silent: true,
    });
    expect(shown?.options.urgency).toBeUndefined();
  });

  it('is critical on Linux, with the body kept plain text for servers that read markup', () => {
    const { attention } = setup({ platform: 'linux' });
    const risky = offer('c-1', '<b>Tom & Jerry</b>');

    attention.offer({
      ...risky,
      notification: { title: 'Call', body: '<a href="x">Tom & Jerry</a>' },
    });

    expect(fake.notifications.open[0]?.options).toMatchObject({
      title: 'Call',
      body: '&lt;a href="x"&gt;Tom &amp; Jerry&lt;/a&gt;',
      urgency: 'critical',
    });
  });

  it('is not shown when the OS has no notifications, or the agent turned them off', () => {
    fake.notifications.supported = false;
    expect(setup().attention.offer(offer('c-1'))).toEqual({ notified: false });

    fake.notifications.supported = true;
    expect(setup({ pop: { notification: false } }).attention.offer(offer('c-2'))).toEqual({
      notified: false,
    });
    expect(fake.notifications.all).toHaveLength(0);
  });

  it('a click brings the window forward and opens the offer', () => {
    const { attention, main, pushed } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));

    fake.notifications.open[0]?.click();

    expect(main.focused).toBe(true);
    expect(main.flashing).toBe(false);
    expect(pushed).toEqual([{ type: 'show-offer', contactId: 'c-1' }]);
  });

  it('closes when the offer ends, and ignores the end of another offer', () => {
    const { attention } = setup();
    attention.offer(offer('c-1'));

    attention.offerEnded('c-other');
    expect(fake.notifications.open).toHaveLength(1);
    expect(attention.current()?.contactId).toBe('c-1');

    attention.offerEnded('c-1');
    expect(fake.notifications.open).toHaveLength(0);
    expect(attention.current()).toBeNull();
  });

  it('a newer offer replaces it', () => {
    const { attention } = setup();
    attention.offer(offer('c-1'));

    attention.offer(offer('c-2', 'Li Lei'));

    expect(fake.notifications.open.map((n) => n.options.title)).toEqual(['Incoming call: Li Lei']);
    expect(attention.current()?.contactId).toBe('c-2');
  });

  it('an update of the ringing offer does not ring again', () => {
    const { attention, main } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));
    main.userFocuses();

    expect(attention.offer(offer('c-1', 'Wang Fang (VIP)'))).toEqual({ notified: true });

    expect(fake.notifications.all).toHaveLength(1);
    expect(main.flashing).toBe(false);
    expect(attention.current()?.customerName).toBe('Wang Fang (VIP)');
  });
});

describe('the compact pop window', () => {
  it('opens while the offer rings and closes when it ends', () => {
    const { attention, popWindow } = setup({ pop: { compactWindow: true } });

    attention.offer(offer('c-1'));
    const window = popWindow.window();
    expect(window).not.toBeNull();
    expect(popWindow.current()?.contactId).toBe('c-1');

    attention.offerEnded('c-1');
    expect(popWindow.window()).toBeNull();
    expect(fake.windowFor(window!).destroyed).toBe(true);
  });

  it('is told when the offer changes', () => {
    const { attention, pushedToPop } = setup({ pop: { compactWindow: true } });
    attention.offer(offer('c-1'));

    attention.offer(offer('c-2', 'Li Lei'));

    expect(pushedToPop).toEqual([{ type: 'offer-changed', offer: offer('c-2', 'Li Lei') }]);
  });

  it('does not open when the setting is off', () => {
    const { attention, popWindow } = setup({ pop: { compactWindow: false } });

    attention.offer(offer('c-1'));

    expect(popWindow.window()).toBeNull();
    expect(fake.windows).toHaveLength(1); // the main window only
  });

  it('its Accept accepts the ringing offer and brings the main window forward', () => {
    const { attention, main, pushed } = setup({ pop: { compactWindow: true, behaviour: 'flash' } });
    attention.offer(offer('c-1'));

    attention.accept('c-1');

    expect(pushed).toEqual([{ type: 'accept-offer', contactId: 'c-1' }]);
    expect(main.focused).toBe(true);
  });

  it('a stale Accept (the offer already ended or was replaced) does nothing', () => {
    const { attention, main, pushed } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));
    attention.offer(offer('c-2'));

    attention.accept('c-1');
    attention.offerEnded('c-2');
    attention.accept('c-2');

    expect(pushed).toEqual([]);
    expect(main.focused).toBe(false);
  });
});

describe('the global accept shortcut', () => {
  it('is held only while an offer rings', () => {
    const { attention } = setup();
    expect(fake.globalShortcut.registered).toEqual([]);

    attention.offer(offer('c-1'));
    expect(fake.globalShortcut.registered).toEqual([SHORTCUT]);

    attention.offerEnded('c-1');
    expect(fake.globalShortcut.registered).toEqual([]);
  });

  it('a press, in any app, accepts the ringing offer and brings the window forward', () => {
    const { attention, main, pushed } = setup({ pop: { behaviour: 'flash' } });
    attention.offer(offer('c-1'));
    attention.offer(offer('c-2'));

    expect(fake.globalShortcut.press(SHORTCUT)).toBe(true);

    expect(pushed).toEqual([{ type: 'accept-offer', contactId: 'c-2' }]);
    expect(main.focused).toBe(true);
    expect(main.flashing).toBe(false);
  });

  it('uses the accelerator from settings, and none when it is turned off', () => {
    const { attention, changeSettings } = setup({ pop: { acceptShortcut: 'Alt+F9' } });
    attention.offer(offer('c-1'));
    expect(fake.globalShortcut.registered).toEqual(['Alt+F9']);
    attention.offerEnded('c-1');

    changeSettings({ acceptShortcut: null });
    attention.offer(offer('c-2'));
    expect(fake.globalShortcut.registered).toEqual([]);
  });

  it('the offer still rings when another app holds the shortcut', () => {
    fake.globalShortcut.takeByOtherApp(SHORTCUT);
    const { attention } = setup();

    expect(attention.offer(offer('c-1'))).toEqual({ notified: true });
    expect(attention.current()?.contactId).toBe('c-1');
  });
});

describe('dispose', () => {
  it('releases everything the ringing offer held', () => {
    const { attention, main, popWindow } = setup({
      pop: { compactWindow: true, behaviour: 'flash' },
    });
    attention.offer(offer('c-1'));

    attention.dispose();

    expect(fake.notifications.open).toHaveLength(0);
    expect(fake.globalShortcut.registered).toEqual([]);
    expect(popWindow.window()).toBeNull();
    expect(main.flashing).toBe(false);
    expect(attention.current()).toBeNull();
  });
});
