import { useMutation } from '@tanstack/react-query';
import type { RevealRequest, RevealResponse } from '../../../../shared/schemas/customer-access';
import { revealResponseSchema } from '../../../../shared/schemas/customer-access';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { customerKeys } from './keys';
import { customerPath } from './queries';

/** `POST /customers/:id/reveal`: one field unmasked; the gateway audits the field and the reason. */
export function revealField(customerId: string, request: RevealRequest): Promise<RevealResponse> {
  return apiFetch(`${customerPath(customerId)}/reveal`, {
    schema: revealResponseSchema,
    method: 'POST',
    body: request,
  });
}

/** What the query client keeps of a reveal: which field and when, never the value. */
export type RevealReceipt = Omit<RevealResponse, 'value'>;

/**
 * Reveals one field of a customer. The value is handed to `onRevealed` (the component state that
 * shows it) instead of being the mutation's result, so it never sits in the query client's
 * mutation cache (nor anything that reads it: devtools, persisters); the mutation itself is
 * dropped as soon as nothing observes it.
 */
export function useRevealField(customerId: string, onRevealed: (answer: RevealResponse) => void) {
  return useMutation<RevealReceipt, Error, RevealRequest>({
    mutationKey: [...customerKeys.all, customerId, 'reveal'],
    mutationFn: async (request) => {
      const answer = await revealField(customerId, request);
      onRevealed(answer);
      return { field: answer.field, revealedAt: answer.revealedAt };
    },
    gcTime: 0,
  });
}
