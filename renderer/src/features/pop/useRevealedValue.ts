import { useCallback, useEffect, useState } from 'react';
import type { RevealableField } from '../../../../shared/schemas/customer-access';
import { useRevealField } from '../../api/customers/reveal';

/** How long a revealed value stays on screen before it is masked again. */
export const REVEAL_VISIBLE_MS = 60_000;

/** A value the gateway unmasked; `value` is null when the customer has none on file. */
export interface Revealed {
  value: string | null;
}

/**
 * One field's reveal: asks the gateway with a reason and keeps the answer in this component's
 * state only (never the query cache, the store or storage), so it goes when the pop closes, on
 * `hide`, and by itself after REVEAL_VISIBLE_MS.
 */
export function useRevealedValue(customerId: string, field: RevealableField) {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const mutation = useRevealField(customerId, (answer) => {
    if (answer.field === field) setRevealed({ value: answer.value });
  });

  // The timer is outside React: mask again a minute after each reveal.
  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(() => setRevealed(null), REVEAL_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  const { mutate, reset } = mutation;
  const reveal = useCallback(
    (reason: string, onDone: () => void) => mutate({ field, reason }, { onSuccess: onDone }),
    [mutate, field],
  );
  const hide = useCallback(() => setRevealed(null), []);

  return {
    revealed,
    reveal,
    hide,
    /** Forgets a failed attempt (when the reason dialog closes). */
    resetError: reset,
    pending: mutation.isPending,
    error: mutation.error,
  };
}
