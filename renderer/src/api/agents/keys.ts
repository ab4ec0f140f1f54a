/** Query keys of the agents domain: everyone's presence (transfer and consult targets, owners). */
export const agentKeys = {
  all: ['agents'] as const,
  presence: () => [...agentKeys.all, 'presence'] as const,
};
