import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENTS } from '../../../../shared/schemas/socket';
import type { WrapUpRequest } from '../../../../shared/schemas/work';
import { getHeldOffers } from '../../api/contacts/offers-cache';
import { useOutboxActions } from '../../outbox/outbox-context';
import type { OutboxError } from '../../outbox/outbox-item';
import { applyContactEnded } from '../../realtime/contact-patch';
import { appStore, useAgent, useConnectionStatus } from '../../state';
import { usePendingWrapUp } from './use-pending-wrapup';
import {
  buildWrapUpRequest,
  draftFromRequest,
  emptyDraft,
  wrapUpFieldOf,
  type WrapUpDraft,
  type WrapUpErrors,
  type WrapUpField,
} from './wrapup-draft';
import {
  dropBackup,
  forgetDraft,
  loadDraft,
  restoreDraft,
  saveDraft,
  saveTypedDraft,
} from './wrapup-drafts';

/**
 * The wrap-up form of one contact: its draft (kept across tab switches, and across a closed or
 * reloaded window of the same session: see wrapup-drafts.ts), its field errors (from
 * the form's own checks or the gateway's refusal) and its submission, through the outbox: stored
 * on this desktop first, then sent. Offline, the agent is told it is saved and the contact leaves
 * the screen; it is sent when the connection is back. Nothing typed is ever lost to an error: a
 * refused wrap-up comes back into the form with the reason beside its field.
 */
export function useWrapUpForm(contactId: string) {
  const { t } = useTranslation('wrapup');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const outbox = useOutboxActions();
  const connection = useConnectionStatus();
  const me = useAgent();
  const errorsOf = (error: OutboxError): WrapUpErrors => {
    const field = wrapUpFieldOf(error.field);
    return { [field]: field === 'form' ? t('failed', { message: error.message }) : error.message };
  };

  const queued = usePendingWrapUp(contactId);
  const refused = queued?.status === 'failed' ? queued : undefined;
  // Nothing in this page's memory: the page was reloaded (or this contact is new here).
  const [restorable] = useState(() => loadDraft(contactId) === undefined);
  // The agent changed the draft in this mount: a backup read late must not overwrite it.
  const edited = useRef(false);
  const [draft, setDraft] = useState<WrapUpDraft>(
    () =>
      loadDraft(contactId) ??
      (refused ? draftFromRequest(refused.payload, me?.id ?? null) : emptyDraft(me?.id ?? null)),
  );
  const [errors, setErrors] = useState<WrapUpErrors>(() =>
    refused?.error ? errorsOf(refused.error) : {},
  );
  const [storing, setStoring] = useState(false);

  // Sync with the drafts memory outside React; what the agent changed goes to the backup too.
  useEffect(() => {
    if (edited.current) saveTypedDraft(contactId, draft);
    else saveDraft(contactId, draft);
  }, [contactId, draft]);
  // Sync with the draft backup (IndexedDB): what was typed before a reload comes back. It is newer
  // than a refused wrap-up's request (the backup is dropped when a wrap-up goes to the outbox).
  useEffect(() => {
    if (!restorable) return;
    let live = true;
    void restoreDraft(contactId).then((saved) => {
      if (live && saved !== undefined && !edited.current) setDraft(saved);
    });
    return () => {
      live = false;
    };
  }, [contactId, restorable]);
  // Unmounted because the contact left (not a tab switch): nothing to come back to.
  useEffect(
    () => () => {
      if (!getHeldOffers(queryClient).some((offer) => offer.contact.id === contactId)) {
        forgetDraft(contactId);
      }
    },
    [queryClient, contactId],
  );

  /** Changes the draft; the errors of the fields it touches (and the form's) go away. */
  const update = (patch: Partial<WrapUpDraft>, fields: readonly WrapUpField[] = []) => {
    edited.current = true;
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of [...fields, 'form' as const]) next[field] = undefined;
      return next;
    });
  };

  const send = async (request: WrapUpRequest) => {
    setStoring(true);
    let key: string;
    try {
      // The refused one is replaced by what the agent fixed.
      if (refused) await outbox.discard(refused.key);
      key = (await outbox.enqueue(CLIENT_EVENTS.contactWrapUp, request)).key;
      // The outbox keeps it now: the typed copy on this desktop goes.
      dropBackup(contactId);
    } catch (error) {
      setErrors({
        form: t('failed', { message: error instanceof Error ? error.message : String(error) }),
      });
      return;
    } finally {
      setStoring(false);
    }
    if (appStore.getState().connection !== 'ready') {
      // Safe on this desktop: the agent may move on; it is sent when the connection is back.
      void message.info(t('queued'));
      forgetDraft(contactId);
      applyContactEnded(queryClient, appStore, { contactId, reason: 'closed' });
    }
    const outcome = await outbox.settled(key);
    if (outcome.status === 'delivered') {
      forgetDraft(contactId);
      void message.success(t('saved'));
    } else if (outcome.status === 'failed') {
      setErrors(errorsOf(outcome.error));
    }
  };

  const waiting = queued?.status === 'pending';
  const submit = () => {
    // One wrap-up per contact in flight (Enter in a field submits the form too).
    if (storing || waiting) return;
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
    void send(built.request);
  };

  return {
    draft,
    update,
    errors,
    submit,
    pending: storing || waiting,
    /** Saved here, not yet acknowledged, and not on its way right now: the agent is told so. */
    queued: waiting && (connection !== 'ready' || queued.attempts > 1),
  };
}

export type WrapUpForm = ReturnType<typeof useWrapUpForm>;
