import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorklistOutcomeRequest } from '../../../../shared/schemas/risk';
import { ApiRequestError } from '../../api/http.js';
import { preemptionKeys, type WorklistFilter } from '../../api/preemption/keys';
import {
  claimWorklistItem,
  postWorklistOutcome,
  worklistQueryOptions,
} from '../../api/preemption/queries';
import { applyWorklistItem } from '../../api/preemption/worklist-cache';

export function useWorklist(filter: WorklistFilter) {
  return useQuery(worklistQueryOptions(filter));
}

/** 409: someone else got there first, or the item moved on. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 409;
}

/**
 * Claim and outcome both answer with the item as it now stands: it goes straight into every
 * cached page. On a conflict the pages are refetched, so the agent sees who has it now.
 */
function useWorklistMutation<V>(
  name: string,
  mutationFn: (variables: V) => ReturnType<typeof claimWorklistItem>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...preemptionKeys.all, name],
    mutationFn,
    onSuccess: (item) => applyWorklistItem(queryClient, item),
    onError: (error) => {
      if (isConflict(error)) {
        void queryClient.invalidateQueries({ queryKey: preemptionKeys.worklists() });
      }
    },
  });
}

export function useClaimWorklistItem(id: string) {
  return useWorklistMutation('claim', () => claimWorklistItem(id));
}

export function useRecordOutcome(id: string) {
  return useWorklistMutation('outcome', (request: WorklistOutcomeRequest) =>
    postWorklistOutcome(id, request),
  );
}
