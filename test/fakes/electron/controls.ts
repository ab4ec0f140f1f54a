/** What tests drive through fakeElectron(): see electron/testing/fake-electron.ts. */
import type { FakeElectronControls } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';
import { globalShortcut } from './global-shortcut.js';
import { invokeMain, pushToRenderer } from './ipc.js';
import { notifications } from './notification.js';
import { protocol } from './protocol.js';
import { powerMonitor, screen } from './screen.js';
import { defaultSession } from './session.js';
import { safeStorage } from './safe-storage.js';
import { resetState, state } from './state.js';
import type { RendererAnswer } from './state.js';
import { trays } from './tray.js';
import { windowFor } from './window.js';

export const fakeElectron = {
  reset() {
    resetState();
    fakeApp.reset();
    defaultSession.reset();
    protocol.reset();
    safeStorage.reset();
    notifications.reset();
    trays.length = 0;
    globalShortcut.reset();
    powerMonitor.reset();
    screen.reset();
  },
  app: fakeApp,
  windows: state.windows,
  windowFor,
  session: defaultSession,
  protocol,
  get handledChannels() {
    return [...state.handlers.keys()];
  },
  invokeMain,
  exposedInMainWorld: state.exposed,
  rendererInvocations: state.rendererInvocations,
  answerRendererInvocations(answer: RendererAnswer) {
    state.rendererAnswer = answer;
  },
  messageBoxes: state.messageBoxes,
  clickMessageBoxButton(index: number) {
    state.messageBoxButton = index;
  },
  errorBoxes: state.errorBoxes,
  openedExternally: state.openedExternally,
  safeStorage,
  notifications,
  trays,
  globalShortcut,
  powerMonitor,
  screen,
  pushToRenderer,
} satisfies FakeElectronControls;
