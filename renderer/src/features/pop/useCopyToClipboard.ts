import { useEffect, useRef, useState } from 'react';

export type CopyState = { id: string; outcome: 'copied' | 'failed' } | null;

/** Copies text to the clipboard and remembers, for a moment, which item was copied. */
export function useCopyToClipboard(resetAfterMs = 2000) {
  const [state, setState] = useState<CopyState>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Sync with the outside: a pending reset must not fire after unmount.
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (next: NonNullable<CopyState>) => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState(null), resetAfterMs);
  };

  const copy = async (id: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      show({ id, outcome: 'copied' });
    } catch {
      show({ id, outcome: 'failed' });
    }
  };

  return { state, copy };
}
