import { useQuery } from '@tanstack/react-query';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { popQueryOptions } from '../../api/customers/queries';

/**
 * The customer's pop from the query cache, where the realtime connector writes it and keeps
 * its timeline current. The bundle that came with the contact seeds an empty cache, so the
 * first paint never waits for the network; the gateway is asked only when neither exists.
 */
export function usePopBundle(customerId: string, offered: PopBundle | null) {
  return useQuery({
    ...popQueryOptions(customerId),
    initialData: () => (offered?.customer.id === customerId ? offered : undefined),
  });
}
