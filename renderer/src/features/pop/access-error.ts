import { ERROR_CODES } from '../../../../shared/schemas/common';
// `.js` because the lint's Node-builtin pattern `http` also matches an extensionless `…/http`.
import { ApiRequestError, CLIENT_ERROR_CODES } from '../../api/http.js';

/** The gateway refused a customer outside the agent's contacts for want of a reason. */
export function isReasonRequired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === ERROR_CODES.reasonRequired;
}

export type AccessErrorKind = 'forbidden' | 'notFound' | 'rejected' | 'network' | 'failed';

/** What went wrong with a reveal or an opening with a reason, in the terms the agent sees. */
export function accessErrorKind(error: unknown): AccessErrorKind {
  if (!(error instanceof ApiRequestError)) return 'failed';
  if (error.code === CLIENT_ERROR_CODES.network) return 'network';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'notFound';
  if (error.status === 400) return 'rejected';
  return 'failed';
}
