import {
  CHAT_TEXT_MAX,
  chatSessionRequestSchema,
  type ChatSessionRequest,
} from '../../../shared/schemas/chat';
import type { Language } from '../../../shared/domain';

/** The start form's fields, as typed. */
export interface StartFormValues {
  name: string;
  phone: string;
  email: string;
  message: string;
}
export type StartFormField = keyof StartFormValues | 'language';
export const START_FORM_FIELDS: readonly StartFormField[] = [
  'name',
  'phone',
  'email',
  'language',
  'message',
];

export function isStartFormField(field: string | undefined): field is StartFormField {
  return START_FORM_FIELDS.some((known) => known === field);
}

export type StartFormCheck =
  { ok: true; request: ChatSessionRequest } | { ok: false; invalid: readonly StartFormField[] };

/** The request body the form's values make (blank optional fields left out), or the fields to fix. */
export function checkStartForm(values: StartFormValues, language: Language): StartFormCheck {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const parsed = chatSessionRequestSchema.safeParse({
    name: values.name.trim(),
    phone: optional(values.phone),
    email: optional(values.email),
    language,
    message: values.message.trim(),
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const invalid = new Set<StartFormField>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    if (isStartFormField(field)) invalid.add(field);
  }
  return { ok: false, invalid: [...invalid] };
}

export const START_MESSAGE_MAX = CHAT_TEXT_MAX;
