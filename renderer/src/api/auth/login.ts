import { useMutation } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse } from '../../../../shared/schemas/auth';
import { loginResponseSchema } from '../../../../shared/schemas/auth';
import { useSignIn } from '../../state';
// `.js`: the lint's Node-builtin pattern `http` also matches an extensionless `…/http`.
import { apiFetch } from '../http.js';

export const LOGIN_PATH = '/api/v1/auth/login';

export function login(credentials: LoginRequest, signal?: AbortSignal) {
  return apiFetch(LOGIN_PATH, {
    schema: loginResponseSchema,
    method: 'POST',
    body: credentials,
    ...(signal ? { signal } : {}),
  });
}

/** Signs in and puts the session in the store; the realtime connector starts from there. */
export function useLoginMutation() {
  const signIn = useSignIn();
  return useMutation<LoginResponse, Error, LoginRequest>({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials) => login(credentials),
    onSuccess: signIn,
  });
}
