/**
 * Setup of the `renderer` vitest project (jsdom). Adds the jest-dom matchers, the browser APIs
 * jsdom lacks and antd needs, and leaves every test with a clean DOM, store and storage.
 */
import '@testing-library/jest-dom/vitest';
// IndexedDB (the outbox, the draft backup) as the browser has it, in memory.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetDrafts } from '../../renderer/src/outbox/draft-backup';
import { resetOutbox } from '../../renderer/src/outbox/outbox-context';
import { resetStore } from '../../renderer/src/state';

// antd renders through CSS-in-JS, which is slow in jsdom, and CI machines are shared: give
// component tests room instead of letting them flake.
vi.setConfig({ testTimeout: 15_000 });
configure({ asyncUtilTimeout: 4_000 });

// antd reads media queries (Grid, responsive props) through matchMedia.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// antd (Tabs, Segmented, virtual lists) measures elements with ResizeObserver.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// jsdom implements getComputedStyle but not for pseudo-elements; antd asks for `::-webkit-scrollbar`.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

afterEach(async () => {
  cleanup();
  resetStore();
  await resetOutbox();
  await resetDrafts();
  window.sessionStorage.clear();
  window.localStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});
