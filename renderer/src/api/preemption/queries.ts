import { queryOptions } from '@tanstack/react-query';
import {
  worklistItemSchema,
  worklistPageSchema,
  type WorklistItem,
  type WorklistOutcomeRequest,
} from '../../../../shared/schemas/risk';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `../http`.
import { apiFetch } from '../http.js';
import { preemptionKeys, type WorklistFilter } from './keys';

/** The gateway ranks by score and serves at most 200; 50 is a working shift's worth. */
export const WORKLIST_LIMIT = 50;

const WORKLIST_PATH = '/api/v1/preemption/worklist';
const itemPath = (id: string) => `${WORKLIST_PATH}/${encodeURIComponent(id)}`;

/** The pre-emption worklist under one filter, ranked by score (highest first). */
export function worklistQueryOptions(filter: WorklistFilter, limit = WORKLIST_LIMIT) {
  return queryOptions({
    queryKey: preemptionKeys.worklist(filter, limit),
    queryFn: ({ signal }) => {
      // Without a status the gateway lists open and claimed items together.
      const query = new URLSearchParams(filter === 'active' ? {} : { status: filter });
      query.set('limit', String(limit));
      return apiFetch(`${WORKLIST_PATH}?${query.toString()}`, {
        schema: worklistPageSchema,
        signal,
      });
    },
    // The socket pushes every change (`worklist.updated`); a refetch is only a safety net.
    staleTime: 60_000,
  });
}

/** Takes an open item for the signed-in agent; 409 `conflict` when someone else was faster. */
export function claimWorklistItem(id: string): Promise<WorklistItem> {
  return apiFetch(`${itemPath(id)}/claim`, { schema: worklistItemSchema, method: 'POST' });
}

/** Closes a claimed item with what happened; 409 when it is not ours or already closed. */
export function postWorklistOutcome(
  id: string,
  request: WorklistOutcomeRequest,
): Promise<WorklistItem> {
  return apiFetch(`${itemPath(id)}/outcome`, {
    schema: worklistItemSchema,
    method: 'POST',
    body: request,
  });
}
