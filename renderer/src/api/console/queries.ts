import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  consoleAgentsSchema,
  consoleBoardSchema,
  type ConsoleAgents,
  type ConsoleBoard,
} from '../../../../shared/schemas/console';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { keyedSharing } from '../keyed-sharing';
import { consoleKeys } from './keys';

/** Rows matched by id from one board to the next: an unchanged row stays the same object and is not drawn again. */
const shareBoard = keyedSharing<ConsoleBoard>({ queues: 'id', risk: 'contactId', alerts: 'id' });
const shareAgents = keyedSharing<ConsoleAgents>({ agents: 'agentId' });

/**
 * The team lead's board: fetched once, then replaced by every `console.board` push (the
 * realtime connector writes it under the same key), so it is never stale by age.
 */
export function consoleBoardQueryOptions() {
  return queryOptions({
    queryKey: consoleKeys.board(),
    queryFn: ({ signal }) =>
      apiFetch('/api/v1/console/board', { schema: consoleBoardSchema, signal }),
    staleTime: Infinity,
    structuralSharing: shareBoard,
  });
}

/** The board; only leads and admins may ask (the gateway refuses anyone else). */
export function useConsoleBoard(enabled = true) {
  return useQuery({ ...consoleBoardQueryOptions(), enabled });
}

/**
 * The agents grid: fetched when something shows it (the Agents tab, the reassign dialog), then
 * replaced by every `console.agents` push, which the gateway sends only while it is shown (the
 * desktop watches the topic while this query has an observer, see topic-watch.ts).
 */
export function useConsoleAgents(enabled = true) {
  return useQuery({
    queryKey: consoleKeys.agents(),
    queryFn: ({ signal }) =>
      apiFetch('/api/v1/console/agents', { schema: consoleAgentsSchema, signal }),
    staleTime: Infinity,
    structuralSharing: shareAgents,
    enabled,
  });
}
