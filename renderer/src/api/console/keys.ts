/**
 * Query keys of the team lead's console. The gateway pushes `console.board` to leads; the
 * realtime connector writes it under `consoleKeys.board()`.
 */
export const consoleKeys = {
  all: ['console'] as const,
  board: () => [...consoleKeys.all, 'board'] as const,
};
