/**
 * Query keys of the team lead's console. The gateway pushes `console.board` to leads, and
 * `console.agents` to leads who watch it; the realtime connector writes them under these keys.
 */
export const consoleKeys = {
  all: ['console'] as const,
  board: () => [...consoleKeys.all, 'board'] as const,
  agents: () => [...consoleKeys.all, 'agents'] as const,
};
