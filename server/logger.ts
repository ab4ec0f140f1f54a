import pino, { type DestinationStream, type Logger } from 'pino';

/** A secret-bearing key at the top of a log object, one level down, or two (e.g. `req.body.password`). */
const deep = (key: string) => [key, `*.${key}`, `*.*.${key}`];

/**
 * What never reaches a log line, wherever it sits: authorization and cookie headers, webhook
 * signatures, passwords, access and refresh tokens, a socket handshake's `auth`, and secrets.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-firebreak-signature"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-firebreak-signature"]',
  '*.headers.authorization',
  '*.headers.cookie',
  'handshake.auth',
  '*.handshake.auth',
  'authorization',
  ...deep('password'),
  ...deep('token'),
  ...deep('accessToken'),
  ...deep('refreshToken'),
  ...deep('secret'),
  ...deep('tokenSecret'),
  ...deep('webhookSecret'),
];

/** Structured logs; secrets and tokens are redacted wherever they might appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'firebreak-gateway' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
