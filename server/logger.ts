import pino, { type Logger } from 'pino';

/** Structured logs; secrets and tokens are redacted wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'firebreak-gateway' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-firebreak-signature"]',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}
