/** Every failed call, whatever went wrong: an HTTP error body, the network, or a bad response. */
export class ApiRequestError extends Error {
  override readonly name: string = 'ApiRequestError';
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(init: { status: number; code: string; message: string; field?: string | undefined }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
  }
}

/** Codes of failures that happen in the client (the gateway's own codes are in ERROR_CODES). */
export const CLIENT_ERROR_CODES = {
  network: 'network_error',
  invalidResponse: 'invalid_response',
  aborted: 'aborted',
} as const;
