import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { popBundleSchema } from '../../../../shared/schemas/pop';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { customerKeys } from './keys';
import { customerPath } from './queries';

/**
 * `GET /customers/:id/pop?reason=`: the pop of a customer who is not on one of the agent's
 * contacts. The gateway audits the reason and then lets this agent open the customer for an
 * hour without one, so the pop's own queries (timeline pages, risk) go through as usual.
 */
export function fetchPopWithReason(customerId: string, reason: string): Promise<PopBundle> {
  const query = new URLSearchParams({ reason });
  return apiFetch(`${customerPath(customerId)}/pop?${query.toString()}`, {
    schema: popBundleSchema,
  });
}

/** Opens the customer with a stated reason and puts the pop where `popQueryOptions` reads it. */
export function useOpenCustomerWithReason(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation<PopBundle, Error, string>({
    mutationKey: [...customerKeys.pop(customerId), 'with-reason'],
    mutationFn: (reason) => fetchPopWithReason(customerId, reason),
    onSuccess: (bundle) => {
      queryClient.setQueryData(customerKeys.pop(customerId), bundle);
    },
  });
}
