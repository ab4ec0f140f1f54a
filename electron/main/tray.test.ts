import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopCommand, TrayStatus } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import type { FakeTray } from '../testing/fake-electron.js';
import { createDesktopTray } from './tray.js';

const fake = fakeElectron();

function setup(platform: NodeJS.Platform = 'win32') {
  const pushed: DesktopCommand[] = [];
  const showMainWindow = vi.fn();
  const quit = vi.fn();
  const tray = createDesktopTray({
    iconPath: '/opt/firebreak/assets/tray.png',
    showMainWindow,
    push: (command) => pushed.push(command),
    quit,
    platform,
  });
  const icon = (): FakeTray => {
    const [only] = fake.trays;
    if (only === undefined) throw new Error('no tray');
    return only;
  };
  const menu = () => {
    const contextMenu = icon().contextMenu;
    if (contextMenu === null) throw new Error('the tray has no menu');
    return contextMenu;
  };
  return { tray, pushed, showMainWindow, quit, icon, menu };
}

const status = (overrides: Partial<TrayStatus> = {}): TrayStatus => ({
  presence: 'available',
  waiting: 3,
  language: 'en',
  ...overrides,
});

beforeEach(() => {
  fake.reset();
});

describe('createDesktopTray', () => {
  it('starts signed out, with the given icon', () => {
    const { icon, menu } = setup();

    expect(icon().imagePath).toBe('/opt/firebreak/assets/tray.png');
    expect(icon().toolTip).toBe('Firebreak · Signed out');
    expect(menu().items.map((item) => item.label)).toEqual([
      'Signed out',
      '',
      'Available',
      'Away',
      '',
      'Show Firebreak',
      '',
      'Quit',
    ]);
    expect(menu().item('Available').enabled).toBe(false);
    expect(menu().item('Away').enabled).toBe(false);
  });

  it('shows presence and the waiting count in the tooltip and a disabled status line', () => {
    const { tray, icon, menu } = setup();

    tray.update(status());

    expect(icon().toolTip).toBe('Firebreak · Available · 3 waiting');
    const line = menu().items[0];
    expect(line?.label).toBe('Available · 3 waiting');
    expect(line?.enabled).toBe(false);
    expect(line?.click()).toBe(false);
  });

  it('checks the presence the agent is in', () => {
    const { tray, menu } = setup();

    tray.update(status({ presence: 'away' }));

    expect(menu().item('Away').checked).toBe(true);
    expect(menu().item('Available').checked).toBe(false);
    expect(menu().item('Available').type).toBe('radio');
  });

  it('asks the renderer to change presence; the menu follows what the renderer reports', () => {
    const { tray, pushed, menu } = setup();
    tray.update(status({ presence: 'available' }));

    expect(menu().item('Away').click()).toBe(true);
    expect(pushed).toEqual([{ type: 'set-presence', state: 'away' }]);

    // The change failed: the renderer reports the same status, and the menu is put right.
    tray.update(status({ presence: 'available' }));
    expect(menu().item('Available').checked).toBe(true);
    expect(menu().item('Away').checked).toBe(false);
  });

  it('does not ask for the presence the agent already has', () => {
    const { tray, pushed, menu } = setup();
    tray.update(status({ presence: 'available' }));

    menu().item('Available').click();

    expect(pushed).toEqual([]);
  });

  it('cannot change presence while on a contact, wrapping up or signed out', () => {
    const { tray, pushed, menu } = setup();

    for (const presence of ['on_contact', 'wrap_up', 'offline', null] as const) {
      tray.update(status({ presence }));
      expect(menu().item('Available').enabled).toBe(false);
      expect(menu().item('Away').click()).toBe(false);
    }
    expect(pushed).toEqual([]);
    tray.update(status({ presence: 'on_contact' }));
    expect(menu().items[0]?.label).toBe('On a contact · 3 waiting');
  });

  it('sets the rebuilt menu again on every change (Linux shows changes only then)', () => {
    const { tray, icon } = setup('linux');
    const before = icon().contextMenuSets;

    tray.update(status({ waiting: 3 }));
    tray.update(status({ waiting: 4 }));

    expect(icon().contextMenuSets).toBe(before + 2);
    expect(icon().contextMenu?.items[0]?.label).toBe('Available · 4 waiting');
  });

  it('leaves the menu alone when nothing changed', () => {
    const { tray, icon } = setup();
    tray.update(status());
    const sets = icon().contextMenuSets;

    tray.update(status());

    expect(icon().contextMenuSets).toBe(sets);
  });

  it('speaks the agent’s language, with its digits', () => {
    const { tray, menu, icon } = setup();

    tray.update(status({ language: 'zh-CN', waiting: 1200 }));
    expect(menu().items[0]?.label).toBe('空闲 · 1,200 人排队');
    expect(menu().item('离开').enabled).toBe(true);
    expect(menu().items.at(-1)?.label).toBe('退出');

    tray.update(status({ language: 'fa', presence: 'away', waiting: 3 }));
    expect(icon().toolTip).toBe('Firebreak · غایب · ۳ در انتظار');
    expect(menu().item('غایب').checked).toBe(true);
  });

  it('Show Firebreak and Quit do what they say', () => {
    const { menu, showMainWindow, quit } = setup();

    menu().item('Show Firebreak').click();
    expect(showMainWindow).toHaveBeenCalledTimes(1);

    menu().item('Quit').click();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('a click on the icon shows the window on Windows and Linux, not on macOS', () => {
    const windows = setup('win32');
    windows.icon().click();
    expect(windows.showMainWindow).toHaveBeenCalledTimes(1);

    fake.reset();
    const mac = setup('darwin');
    mac.icon().click();
    expect(mac.showMainWindow).not.toHaveBeenCalled();
  });

  it('destroy removes the icon; later updates are ignored', () => {
    const { tray, icon } = setup();

    tray.destroy();
    tray.destroy();

    expect(icon().destroyed).toBe(true);
    expect(() => {
      tray.update(status());
    }).not.toThrow();
  });
});
