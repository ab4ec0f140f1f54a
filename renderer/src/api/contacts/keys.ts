/**
 * Query keys of the contacts domain. The offers the agent holds are pushed by the gateway over
 * the socket; the realtime connector writes them under `contactKeys.offers()`. Consult threads
 * (agent-to-agent messages about one contact) are pushed too, one cache entry per contact.
 */
export const contactKeys = {
  all: ['contacts'] as const,
  offers: () => [...contactKeys.all, 'offers'] as const,
  consults: () => [...contactKeys.all, 'consult'] as const,
  consult: (contactId: string) => [...contactKeys.consults(), contactId] as const,
};
