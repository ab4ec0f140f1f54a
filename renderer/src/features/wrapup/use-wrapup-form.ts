import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import type { WrapUpRequest } from '../../../../shared/schemas/work';
import { getHeldOffers } from '../../api/contacts/offers-cache';
import { applyContactEnded } from '../../realtime/contact-patch';
import { RealtimeError } from '../../realtime/errors';
import { useRealtimeEmit } from '../../realtime/realtime-context';
import { appStore, useAgent } from '../../state';
import {
  buildWrapUpRequest,
  emptyDraft,
  wrapUpFieldOf,
  type WrapUpDraft,
  type WrapUpErrors,
  type WrapUpField,
} from './wrapup-draft';
import { forgetDraft, loadDraft, saveDraft } from './wrapup-drafts';

/**
 * The wrap-up form of one contact: its draft (kept across tab switches), its field errors (from
 * the form's own checks or the gateway's refusal) and its submission. Nothing typed is ever lost
 * to an error; a successful wrap-up lets the contact go.
 */
export function useWrapUpForm(contactId: string) {
  const { t } = useTranslation('wrapup');
  const { message } = App.useApp();
  const emit = useRealtimeEmit();
  const queryClient = useQueryClient();
  const me = useAgent();
  const [draft, setDraft] = useState<WrapUpDraft>(
    () => loadDraft(contactId) ?? emptyDraft(me?.id ?? null),
  );
  const [errors, setErrors] = useState<WrapUpErrors>({});

  // Sync with the drafts memory outside React.
  useEffect(() => saveDraft(contactId, draft), [contactId, draft]);
  // Unmounted because the contact left (not a tab switch): nothing to come back to.
  useEffect(
    () => () => {
      if (!getHeldOffers(queryClient).some((offer) => offer.contact.id === contactId)) {
        forgetDraft(contactId);
      }
    },
    [queryClient, contactId],
  );

  const mutation = useMutation({
    mutationKey: ['contacts', 'wrap-up', contactId],
    mutationFn: (request: WrapUpRequest) => emit(CLIENT_EVENTS.contactWrapUp, request),
    onSuccess: (result) => {
      forgetDraft(result.contactId);
      // `contact.ended` (closed) follows; applying both is harmless.
      applyContactEnded(queryClient, appStore, { contactId: result.contactId, reason: 'closed' });
      void message.success(t('saved'));
    },
    onError: (error) => {
      const field = error instanceof RealtimeError ? wrapUpFieldOf(error.field) : 'form';
      setErrors({
        [field]: field === 'form' ? t('failed', { message: error.message }) : error.message,
      });
    },
  });

  /** Changes the draft; the errors of the fields it touches (and the form's) go away. */
  const update = (patch: Partial<WrapUpDraft>, fields: readonly WrapUpField[] = []) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of [...fields, 'form' as const]) next[field] = undefined;
      return next;
    });
  };

  const submit = () => {
    const built = buildWrapUpRequest(contactId, draft);
    if (!built.ok) {
      const found: WrapUpErrors = {};
      for (const [field, reason] of Object.entries(built.errors)) {
        found[field as WrapUpField] =
          typeof reason === 'string' ? t(`errors.${reason}`) : reason.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    mutation.mutate(built.request);
  };

  return { draft, update, errors, submit, pending: mutation.isPending };
}

export type WrapUpForm = ReturnType<typeof useWrapUpForm>;
