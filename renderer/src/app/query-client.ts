import { QueryClient } from '@tanstack/react-query';
// `.js`: the lint's Node-builtin pattern `http` also matches an extensionless `…/http`.
import { ApiRequestError } from '../api/http.js';

/** Do not retry what retrying cannot fix: the gateway's 4xx answers. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
