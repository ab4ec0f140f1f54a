/**
 * Query keys of the customers domain. The realtime connector writes the pop pushed with
 * `contact.offered` into `customerKeys.pop(id)` and patches its `timeline` on
 * `timeline.appended`; invalidating `customerKeys.all` refreshes everything customer-shaped.
 */
export const customerKeys = {
  all: ['customers'] as const,
  pop: (customerId: string) => [...customerKeys.all, customerId, 'pop'] as const,
  timeline: (customerId: string) => [...customerKeys.all, customerId, 'timeline'] as const,
  search: (query: string, contactId: string) =>
    [...customerKeys.all, 'search', contactId, query] as const,
};
