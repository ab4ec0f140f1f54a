import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '../../../../shared/schemas/auth';
import { useLoginMutation } from '../../api/auth/login';
// `.js`: the lint's Node-builtin pattern `http` also matches an extensionless `…/http`.
import { ApiRequestError, CLIENT_ERROR_CODES } from '../../api/http.js';

function describeError(error: Error, t: TFunction): string {
  if (!(error instanceof ApiRequestError)) return t('signin.unexpectedError');
  if (error.code === CLIENT_ERROR_CODES.network) return t('signin.networkError');
  if (error.code === CLIENT_ERROR_CODES.invalidResponse) return t('signin.unexpectedError');
  // The gateway's own words (wrong credentials, locked account, rate limit…).
  return error.message;
}

/** The sign-in form's behaviour: submit, pending, and the error to show. */
export function useSignInForm() {
  const { t } = useTranslation();
  const login = useLoginMutation();
  return {
    submit: (credentials: LoginRequest) => login.mutate(credentials),
    pending: login.isPending,
    errorMessage: login.error === null ? null : describeError(login.error, t),
  };
}
