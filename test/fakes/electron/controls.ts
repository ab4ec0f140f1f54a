/** What tests drive through fakeElectron(): see electron/testing/fake-electron.ts. */
import type { FakeElectronControls } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';
import { invokeMain } from './ipc.js';
import { protocol } from './protocol.js';
import { defaultSession } from './session.js';
import { resetState, state } from './state.js';
import type { RendererAnswer } from './state.js';
import { windowFor } from './window.js';

export const fakeElectron = {
  reset() {
    resetState();
    fakeApp.reset();
    defaultSession.reset();
    protocol.reset();
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
} satisfies FakeElectronControls;
