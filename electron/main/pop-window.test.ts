import path from 'node:path';
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DesktopCommand, OfferAttention } from '../../shared/ipc.js';
import { fakeElectron } from '../testing/fake-electron.js';
import { bottomRightPosition, createPopWindowController } from './pop-window.js';
import { createPopWindow } from './window.js';

const fake = fakeElectron();

const offer = (contactId: string, customerName = 'Wang Fang'): OfferAttention => ({
  contactId,
  channel: 'voice',
  customerName,
  tier: 'diamond',
  risk: { score: 82, band: 'high' },
  reason: 'Claim status',
  notification: { title: `Incoming call: ${customerName}`, body: 'Diamond · risk 82 (high)' },
});

function setup() {
  const pushes: { window: BrowserWindow; command: DesktopCommand }[] = [];
  const controller = createPopWindowController({
    createWindow: () =>
      createPopWindow({
        preloadPath: '/opt/firebreak/out/preload/preload.cjs',
        renderer: { kind: 'bundled', rendererDir: path.resolve('/opt/firebreak/out/renderer') },
        contentSecurityPolicy: "default-src 'none'",
      }),
    push: (window, command) => pushes.push({ window, command }),
  });
  const popWindow = () => {
    const window = controller.window();
    if (window === null) throw new Error('no pop window');
    return fake.windowFor(window);
  };
  return { controller, pushes, popWindow };
}

beforeEach(async () => {
  fake.reset();
  await app.whenReady();
});

describe('createPopWindowController', () => {
  it('opens the pop view in the bottom-right corner of the primary work area', () => {
    fake.screen.primaryWorkArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const { controller, popWindow } = setup();

    controller.show(offer('c-1'));

    expect(fake.windows).toHaveLength(1);
    expect(popWindow().loaded).toEqual({ url: 'app://firebreak/index.html?view=pop' });
    expect(popWindow().bounds).toEqual({ x: 1544, y: 884, width: 360, height: 140 });
  });

  it('respects a taskbar on the left or top (the work area does not start at 0,0)', () => {
    fake.screen.primaryWorkArea = { x: 60, y: 30, width: 1860, height: 1050 };
    const { controller, popWindow } = setup();

    controller.show(offer('c-1'));

    expect(popWindow().bounds).toMatchObject({ x: 60 + 1860 - 360 - 16, y: 30 + 1050 - 140 - 16 });
  });

  it('appears without taking the focus and stays above other windows', () => {
    const { controller, popWindow } = setup();

    controller.show(offer('c-1'));
    popWindow().becomeReadyToShow();

    expect(popWindow().visible).toBe(true);
    expect(popWindow().focused).toBe(false);
    expect(popWindow().alwaysOnTop).toBe(true);
  });

  it('answers the current offer; a new window asks for it rather than being pushed to', () => {
    const { controller, pushes } = setup();

    controller.show(offer('c-1'));

    expect(controller.current()?.contactId).toBe('c-1');
    expect(pushes).toEqual([]);
  });

  it('pushes offer-changed to the open window when the offer changes, in the same window', () => {
    const { controller, pushes, popWindow } = setup();
    controller.show(offer('c-1'));
    const window = controller.window();

    controller.show(offer('c-2', 'Li Lei'));

    expect(fake.windows).toHaveLength(1);
    expect(controller.window()).toBe(window);
    expect(pushes).toEqual([
      { window, command: { type: 'offer-changed', offer: offer('c-2', 'Li Lei') } },
    ]);
    expect(popWindow().visible).toBe(false); // still loading: it shows itself when painted
  });

  it('close() destroys the window and forgets the offer; the next offer opens a new one', () => {
    const { controller } = setup();
    controller.show(offer('c-1'));
    const first = fake.windows[0];

    controller.close();

    expect(first?.destroyed).toBe(true);
    expect(controller.window()).toBeNull();
    expect(controller.current()).toBeNull();

    controller.show(offer('c-2'));
    expect(fake.windows).toHaveLength(2);
    expect(controller.window()).not.toBeNull();
  });

  it('close() with no window does nothing', () => {
    const { controller } = setup();

    expect(() => {
      controller.close();
    }).not.toThrow();
    expect(fake.windows).toHaveLength(0);
  });

  it('does not reopen a window the agent closed for the same offer, but does for the next', () => {
    const { controller, popWindow } = setup();
    controller.show(offer('c-1'));

    popWindow().close(); // the agent presses Alt+F4
    expect(controller.window()).toBeNull();

    controller.show(offer('c-1', 'Wang Fang (VIP)'));
    expect(fake.windows).toHaveLength(1);
    expect(controller.current()?.customerName).toBe('Wang Fang (VIP)');

    controller.show(offer('c-2'));
    expect(fake.windows).toHaveLength(2);
  });
});

describe('bottomRightPosition', () => {
  it('keeps the margin from the right and bottom edges', () => {
    expect(
      bottomRightPosition(
        { x: 0, y: 0, width: 1280, height: 720 },
        { width: 360, height: 140 },
        10,
      ),
    ).toEqual({ x: 910, y: 570 });
  });
});
