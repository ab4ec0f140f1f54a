import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LeadSetAgentState } from '../../../../shared/schemas/console-actions';
import {
  acknowledgeAlert,
  frontContact,
  reassignContact,
  setAgentState,
} from '../../api/console/actions';
import { applyConsoleAlert } from '../../api/console/board-cache';
import { consoleKeys } from '../../api/console/keys';

/**
 * The console's actions. Their effect reaches the board through the next `console.board` push;
 * an acknowledgement also patches the cached board at once with the gateway's answer.
 */
export function useReassign() {
  return useMutation({
    mutationKey: [...consoleKeys.all, 'reassign'],
    mutationFn: ({ contactId, agentId }: { contactId: string; agentId: string }) =>
      reassignContact(contactId, agentId),
  });
}

export function useFront() {
  return useMutation({
    mutationKey: [...consoleKeys.all, 'front'],
    mutationFn: (contactId: string) => frontContact(contactId),
  });
}

export function useSetAgentState() {
  return useMutation({
    mutationKey: [...consoleKeys.all, 'agent-state'],
    mutationFn: ({ agentId, request }: { agentId: string; request: LeadSetAgentState }) =>
      setAgentState(agentId, request),
  });
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...consoleKeys.all, 'acknowledge'],
    mutationFn: (alertId: string) => acknowledgeAlert(alertId),
    onSuccess: (alert) => applyConsoleAlert(queryClient, alert),
  });
}
