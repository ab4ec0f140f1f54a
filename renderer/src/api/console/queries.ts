import { queryOptions, useQuery } from '@tanstack/react-query';
import { consoleBoardSchema } from '../../../../shared/schemas/console';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { consoleKeys } from './keys';

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
  });
}

/** The board; only leads and admins may ask (the gateway refuses anyone else). */
export function useConsoleBoard(enabled = true) {
  return useQuery({ ...consoleBoardQueryOptions(), enabled });
}
