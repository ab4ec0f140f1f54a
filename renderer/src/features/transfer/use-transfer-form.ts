import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferMode } from '../../../../shared/domain';
import type { Contact } from '../../../../shared/schemas/contact';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import { transferRequestSchema, type TransferRequest } from '../../../../shared/schemas/work';
import { applyContactUpdated } from '../../realtime/contact-patch';
import { RealtimeError } from '../../realtime/errors';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { appStore } from '../../state';
import { checkedFacts, factLinesFrom, type FactLine } from './fact-lines';

export type TargetKind = 'agent' | 'queue';
/** The parts of the dialog an error can point at. */
export type TransferField = 'mode' | 'target' | 'note' | 'facts' | 'form';
export type TransferErrors = Partial<Record<TransferField, string>>;

/** `target.agentId`, `facts.3`… → the part of the dialog that shows it. */
export function transferFieldOf(path: string | undefined): TransferField {
  const head = path?.split('.')[0];
  return head === 'mode' || head === 'target' || head === 'note' || head === 'facts'
    ? head
    : 'form';
}

/**
 * The transfer dialog's draft (mode, target, note, facts) and its submission. Refused requests
 * keep the draft and point at the field the gateway named.
 */
export function useTransferForm(
  contact: Contact,
  suggestedFacts: readonly string[],
  onDone: () => void,
) {
  const { t } = useTranslation('transfer');
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  const [mode, setModeState] = useState<TransferMode>('warm');
  const [kind, setKindState] = useState<TargetKind>('agent');
  const [agentId, setAgentId] = useState<string | null>(null);
  const [queueId, setQueueId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [facts, setFacts] = useState<FactLine[]>(() => factLinesFrom(suggestedFacts));
  const [errors, setErrors] = useState<TransferErrors>({});

  const mutation = useMutation({
    mutationKey: ['contacts', 'transfer', contact.id],
    mutationFn: (request: TransferRequest) => emit(CLIENT_EVENTS.contactTransfer, request),
    onSuccess: (updated, request) => {
      applyContactUpdated(queryClient, appStore, updated);
      const name = updated.pendingTransfer?.toAgentName;
      void message.success(
        request.mode === 'warm' && name !== undefined ? t('sentWarm', { name }) : t('sentCold'),
      );
      onDone();
    },
    onError: (error) => {
      const field = error instanceof RealtimeError ? transferFieldOf(error.field) : 'form';
      setErrors({
        [field]: field === 'form' ? t('failed', { message: error.message }) : error.message,
      });
    },
  });

  const clear = (field: TransferField) =>
    setErrors((current) => {
      const next: TransferErrors = { ...current };
      next[field] = undefined;
      next.form = undefined;
      return next;
    });

  const setMode = (next: TransferMode) => {
    setModeState(next);
    // A warm transfer goes to one agent.
    if (next === 'warm') setKindState('agent');
    clear('mode');
  };
  const setKind = (next: TargetKind) => {
    setKindState(next);
    clear('target');
  };

  const submit = () => {
    const target =
      kind === 'agent'
        ? agentId === null
          ? null
          : ({ kind: 'agent', agentId } as const)
        : queueId === null
          ? null
          : ({ kind: 'queue', queueId } as const);
    const found: TransferErrors = {};
    if (target === null) found.target = t('target.required');
    if (note.trim() === '') found.note = t('note.required');
    if (mode === 'warm' && kind === 'queue') found.mode = t('warmNeedsAgent');
    if (target === null || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const request: TransferRequest = {
      contactId: contact.id,
      mode,
      target,
      note: note.trim(),
      facts: checkedFacts(facts),
    };
    const parsed = transferRequestSchema.safeParse(request);
    if (!parsed.success) {
      const fieldErrors: TransferErrors = {};
      for (const issue of parsed.error.issues) {
        fieldErrors[transferFieldOf(issue.path.join('.'))] ??= issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    mutation.mutate(request);
  };

  return {
    mode,
    setMode,
    kind,
    setKind,
    agentId,
    setAgentId: (id: string) => {
      setAgentId(id);
      clear('target');
    },
    queueId,
    setQueueId: (id: string) => {
      setQueueId(id);
      clear('target');
    },
    note,
    setNote: (text: string) => {
      setNote(text);
      clear('note');
    },
    facts,
    setFacts: (lines: FactLine[]) => {
      setFacts(lines);
      clear('facts');
    },
    errors,
    pending: mutation.isPending,
    submit,
  };
}

export type TransferForm = ReturnType<typeof useTransferForm>;
