/**
 * The system's "reduce motion" setting (WCAG 2.3.3). With it on, antd's modals, drawers, menus
 * and messages appear and leave without zooming or sliding: a lead or agent who turned motion
 * off gets no animation, and a dialog is where it will stay from the first frame.
 */
import type { ThemeConfig } from 'antd';
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const media = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True while the system asks for reduced motion; follows the setting as it changes. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}

const STILL: ThemeConfig = { token: { motion: false } };

/** The antd theme for the current motion setting (`undefined`: antd's own, animated). */
export function useMotionTheme(): ThemeConfig | undefined {
  return usePrefersReducedMotion() ? STILL : undefined;
}
