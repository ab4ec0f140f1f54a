/**
 * Query keys of the contacts domain. The offers the agent holds are pushed by the gateway over
 * the socket; the realtime connector writes them under `contactKeys.offers()`.
 */
export const contactKeys = {
  all: ['contacts'] as const,
  offers: () => [...contactKeys.all, 'offers'] as const,
};
