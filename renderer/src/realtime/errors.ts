/** A client event the gateway refused, did not answer in time, or answered in a shape we do not know. */
export class RealtimeError extends Error {
  override readonly name = 'RealtimeError';
  readonly code: string;
  readonly field: string | undefined;

  constructor(init: { code: string; message: string; field?: string | undefined }) {
    super(init.message);
    this.code = init.code;
    this.field = init.field;
  }
}

export const REALTIME_ERROR_CODES = {
  offline: 'offline',
  timeout: 'ack_timeout',
  invalidAck: 'invalid_ack',
} as const;
