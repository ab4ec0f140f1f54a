import { ERROR_CODES } from '../../shared/schemas/common.js';
import { HttpError } from '../http/errors.js';

const STATUS = { not_found: 404, conflict: 409, forbidden: 403, validation_failed: 400 } as const;

/**
 * A refused contact or routing action, with the error code the client branches on. The same
 * error answers an HTTP request (its status) or a socket event (its ack).
 */
export class RoutingError extends HttpError {
  constructor(
    override readonly code: keyof typeof STATUS,
    message: string,
    field?: string,
  ) {
    super(STATUS[code], code === 'validation_failed' ? ERROR_CODES.validation : code, message, field);
    this.name = 'RoutingError';
  }
}
