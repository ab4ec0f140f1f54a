import { z } from 'zod';

/** ISO-8601 timestamp with offset, as every API carries time. */
export const isoDateTime = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** Money in minor units (fen / cents) to keep arithmetic exact. */
export const moneyMinor = z.number().int();

/** The one error shape of every HTTP answer that is not a success. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Error codes the gateway uses; clients may branch on them. */
export const ERROR_CODES = {
  badRequest: 'bad_request',
  validation: 'validation_failed',
  unauthorized: 'unauthorized',
  badSignature: 'bad_signature',
  forbidden: 'forbidden',
  /** A csr or specialist asked for a customer outside their contacts without a reason: ask for one. */
  reasonRequired: 'reason_required',
  notFound: 'not_found',
  conflict: 'conflict',
  tooLarge: 'payload_too_large',
  unsupportedMedia: 'unsupported_media_type',
  rateLimited: 'rate_limited',
  unavailable: 'unavailable',
  internal: 'internal_error',
} as const;
