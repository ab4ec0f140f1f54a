import { z } from 'zod';
import {
  COMPLAINT_STATUSES,
  DISPOSITIONS,
  ROOT_CAUSES,
  SENTIMENTS,
} from '../../../../shared/domain';
import { wrapUpRequestSchema, type WrapUpRequest } from '../../../../shared/schemas/work';
import { fromLocalInput, PROMISE_PRESETS, toLocalInput } from './due-dates';

export type { PromisePreset } from './due-dates';
export const COMPLAINT_MODES = ['none', 'create', 'update'] as const;
export type ComplaintMode = (typeof COMPLAINT_MODES)[number];

/**
 * What the agent has typed into the wrap-up form so far. A schema because it is also read back
 * from the draft backup (IndexedDB), which an older version of the app may have written.
 */
export const wrapUpDraftSchema = z.object({
  disposition: z.enum(DISPOSITIONS).nullable(),
  note: z.string(),
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  customerWords: z.string(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  complaintMode: z.enum(COMPLAINT_MODES),
  complaintId: z.string().nullable(),
  complaintOwnerId: z.string().nullable(),
  /** datetime-local value */
  complaintDue: z.string(),
  complaintStatus: z.enum(COMPLAINT_STATUSES).nullable(),
  promiseDescription: z.string(),
  /** datetime-local value */
  promiseDue: z.string(),
  promisePreset: z.enum(PROMISE_PRESETS).nullable(),
});
export type WrapUpDraft = z.infer<typeof wrapUpDraftSchema>;

export function emptyDraft(myId: string | null): WrapUpDraft {
  return {
    disposition: null,
    note: '',
    rootCauses: [],
    customerWords: '',
    sentiment: null,
    complaintMode: 'none',
    complaintId: null,
    complaintOwnerId: myId,
    complaintDue: '',
    complaintStatus: null,
    promiseDescription: '',
    promiseDue: '',
    promisePreset: null,
  };
}

/**
 * The draft a request was built from, as near as the form can show it (a refused wrap-up from the
 * outbox comes back into the form to be fixed): the inverse of `buildWrapUpRequest`.
 */
export function draftFromRequest(request: WrapUpRequest, myId: string | null): WrapUpDraft {
  const { voc, complaint, promise } = request;
  const localDue = (iso: string) => toLocalInput(new Date(iso));
  return {
    ...emptyDraft(myId),
    disposition: request.disposition,
    note: request.note ?? '',
    rootCauses: voc?.rootCauses ?? [],
    customerWords: voc?.customerWords ?? '',
    sentiment: voc?.sentiment ?? null,
    complaintMode: complaint?.action ?? 'none',
    complaintId: complaint?.action === 'update' ? complaint.complaintId : null,
    complaintOwnerId: complaint?.ownerId ?? myId,
    complaintDue: complaint ? localDue(complaint.dueAt) : '',
    complaintStatus: complaint?.action === 'update' ? (complaint.status ?? null) : null,
    promiseDescription: promise?.description ?? '',
    promiseDue: promise ? localDue(promise.dueAt) : '',
  };
}

/**
 * The fields the form shows an error next to, by request path. A path the gateway names that is
 * not here (`voc.rootCauses.2`) goes to the nearest one above it; failing that, to the form.
 */
export const WRAP_UP_FIELDS = [
  'disposition',
  'note',
  'voc',
  'voc.rootCauses',
  'voc.customerWords',
  'voc.sentiment',
  'complaint',
  'complaint.complaintId',
  'complaint.ownerId',
  'complaint.dueAt',
  'complaint.status',
  'promise',
  'promise.description',
  'promise.dueAt',
] as const;
export type WrapUpField = (typeof WRAP_UP_FIELDS)[number] | 'form';
export type WrapUpErrors = Partial<Record<WrapUpField, string>>;

export function wrapUpFieldOf(path: string | undefined): WrapUpField {
  const parts = path === undefined || path === '' ? [] : path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    const known = WRAP_UP_FIELDS.find((field) => field === candidate);
    if (known !== undefined) return known;
  }
  return 'form';
}

/** Keys of the `wrapup` namespace's `errors` group. */
export type WrapUpErrorKey =
  | 'disposition'
  | 'rootCauses'
  | 'customerWords'
  | 'sentiment'
  | 'complaintId'
  | 'ownerId'
  | 'dueAt'
  | 'promiseDescription';

export type BuiltRequest =
  | { ok: true; request: WrapUpRequest }
  | { ok: false; errors: Partial<Record<WrapUpField, WrapUpErrorKey | { message: string }>> };

const vocTouched = (draft: WrapUpDraft) =>
  draft.rootCauses.length > 0 ||
  draft.customerWords.trim() !== '' ||
  draft.sentiment !== null ||
  draft.complaintMode !== 'none';

/**
 * The `contact.wrap-up` request for this draft, or what is missing. VOC goes along once any of it
 * is filled in (and must then be whole); a complaint case needs it. A promise goes along once it
 * has a description or a date.
 */
export function buildWrapUpRequest(contactId: string, draft: WrapUpDraft): BuiltRequest {
  const errors: Partial<Record<WrapUpField, WrapUpErrorKey>> = {};
  if (draft.disposition === null) errors.disposition = 'disposition';

  const withVoc = vocTouched(draft);
  if (withVoc) {
    if (draft.rootCauses.length === 0) errors['voc.rootCauses'] = 'rootCauses';
    if (draft.customerWords.trim() === '') errors['voc.customerWords'] = 'customerWords';
    if (draft.sentiment === null) errors['voc.sentiment'] = 'sentiment';
  }

  const complaintDue = fromLocalInput(draft.complaintDue);
  if (draft.complaintMode !== 'none') {
    if (draft.complaintMode === 'update' && draft.complaintId === null) {
      errors['complaint.complaintId'] = 'complaintId';
    }
    if (draft.complaintOwnerId === null) errors['complaint.ownerId'] = 'ownerId';
    if (complaintDue === null) errors['complaint.dueAt'] = 'dueAt';
  }

  const promiseDue = fromLocalInput(draft.promiseDue);
  const withPromise = draft.promiseDescription.trim() !== '' || draft.promiseDue !== '';
  if (withPromise) {
    if (draft.promiseDescription.trim() === '')
      errors['promise.description'] = 'promiseDescription';
    if (promiseDue === null) errors['promise.dueAt'] = 'dueAt';
  }

  if (Object.keys(errors).length > 0 || draft.disposition === null) return { ok: false, errors };

  const request: WrapUpRequest = {
    contactId,
    disposition: draft.disposition,
    note: draft.note.trim(),
  };
  if (withVoc && draft.sentiment !== null) {
    request.voc = {
      rootCauses: draft.rootCauses,
      customerWords: draft.customerWords.trim(),
      sentiment: draft.sentiment,
    };
  }
  if (draft.complaintMode !== 'none' && draft.complaintOwnerId !== null && complaintDue !== null) {
    request.complaint =
      draft.complaintMode === 'create'
        ? { action: 'create', ownerId: draft.complaintOwnerId, dueAt: complaintDue }
        : {
            action: 'update',
            complaintId: draft.complaintId ?? '',
            ownerId: draft.complaintOwnerId,
            dueAt: complaintDue,
            ...(draft.complaintStatus === null ? {} : { status: draft.complaintStatus }),
          };
  }
  if (withPromise && promiseDue !== null) {
    request.promise = { description: draft.promiseDescription.trim(), dueAt: promiseDue };
  }

  // The shared schema has the last word (lengths, the complaint-needs-VOC rule).
  const parsed = wrapUpRequestSchema.safeParse(request);
  if (!parsed.success) {
    const schemaErrors: Partial<Record<WrapUpField, { message: string }>> = {};
    for (const issue of parsed.error.issues) {
      schemaErrors[wrapUpFieldOf(issue.path.join('.'))] ??= { message: issue.message };
    }
    return { ok: false, errors: schemaErrors };
  }
  return { ok: true, request };
}
