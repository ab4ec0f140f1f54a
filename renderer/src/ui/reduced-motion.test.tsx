import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useMotionTheme } from './reduced-motion';

/** The system setting, switchable while the page is open (as the OS switch would). */
function systemMotion(reduce: boolean) {
  const listeners = new Set<() => void>();
  const original = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  const state = { reduce };
  window.matchMedia = (query: string) =>
    ({
      matches: query === '(prefers-reduced-motion: reduce)' && state.reduce,
      media: query,
      onchange: null,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
  return {
    set(next: boolean) {
      state.reduce = next;
      for (const listener of listeners) listener();
    },
    restore: () => {
      if (original) Object.defineProperty(window, 'matchMedia', original);
    },
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

// antd's dialogs reading the theme are checked in Chromium (test/e2e, where every page asks for
// reduced motion): under jsdom, vitest loads antd's and rc-motion's module copies apart.
describe('the motion theme', () => {
  it("is antd's own, animated, when the system allows motion", () => {
    restore = systemMotion(false).restore;
    const { result } = renderHook(() => useMotionTheme());
    expect(result.current).toBeUndefined();
  });

  it('turns antd motion off when the system asks for reduced motion', () => {
    restore = systemMotion(true).restore;
    const { result } = renderHook(() => useMotionTheme());
    expect(result.current?.token?.motion).toBe(false);
  });

  it('follows the setting when it changes while the desktop is open', () => {
    const motion = systemMotion(false);
    restore = motion.restore;
    const { result } = renderHook(() => useMotionTheme());
    act(() => motion.set(true));
    expect(result.current?.token?.motion).toBe(false);
    act(() => motion.set(false));
    expect(result.current).toBeUndefined();
  });
});
