import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Integration webhooks are signed Stripe-style, with the sending integration's name bound in:
 *
 *   x-firebreak-source:    <source>                      ([a-z0-9-]{1,40})
 *   x-firebreak-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<source>.<raw body>">
 *
 * The timestamp bounds replays to a window; the source names the rate-limit bucket and cannot be
 * changed without breaking the MAC. Any of the configured secrets (current, previous while keys
 * rotate) may have made the MAC.
 */
export const SIGNATURE_HEADER = 'x-firebreak-signature';
export const SOURCE_HEADER = 'x-firebreak-source';
export const SOURCE_PATTERN = /^[a-z0-9-]{1,40}$/;
export const SIGNATURE_FORMAT =
  't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<source>.<raw body>">';
export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;

export interface SignInput {
  secret: string;
  source: string;
  rawBody: string | Buffer;
  /** Unix seconds; now by default. */
  timestamp?: number;
}

function mac(secret: string, timestamp: number, source: string, rawBody: string | Buffer): Buffer {
  return createHmac('sha256', secret)
    .update(`${String(timestamp)}.${source}.`)
    .update(rawBody)
    .digest();
}

/** The `x-firebreak-signature` value for one request. */
export function signWebhook({
  secret,
  source,
  rawBody,
  timestamp = Math.floor(Date.now() / 1000),
}: SignInput): string {
  if (!SOURCE_PATTERN.test(source)) throw new Error(`source must match ${String(SOURCE_PATTERN)}`);
  return `t=${String(timestamp)},v1=${mac(secret, timestamp, source, rawBody).toString('hex')}`;
}

/** Both headers an integration sends with a signed body (content-type is the caller's). */
export function webhookHeaders(input: SignInput): Record<string, string> {
  return { [SOURCE_HEADER]: input.source, [SIGNATURE_HEADER]: signWebhook(input) };
}

export type SignatureRefusal =
  'missing_source' | 'bad_source' | 'missing' | 'malformed' | 'stale' | 'mismatch';

export type SignatureCheck =
  | { ok: true; timestamp: number; mac: string }
  | { ok: false; reason: SignatureRefusal; message: string };

export interface VerifyInput {
  /** Current secret first; the previous one too while keys rotate. */
  secrets: readonly string[];
  source: string | undefined;
  header: string | undefined;
  rawBody: Buffer;
  /** Milliseconds since the epoch. */
  now: number;
  windowSeconds: number;
}

const HEX_MAC = /^[0-9a-f]{64}$/i;
const UNIX_SECONDS = /^[0-9]{1,12}$/;

/** `t=…,v1=…` (either order, each exactly once) → its parts, or null. */
export function parseSignatureHeader(header: string): { timestamp: number; mac: string } | null {
  const parts = new Map<string, string>();
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    if (eq < 1 || parts.has(key)) return null;
    parts.set(key, part.slice(eq + 1).trim());
  }
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (parts.size !== 2 || t === undefined || v1 === undefined) return null;
  if (!UNIX_SECONDS.test(t) || !HEX_MAC.test(v1)) return null;
  return { timestamp: Number(t), mac: v1.toLowerCase() };
}

const refuse = (reason: SignatureRefusal, message: string): SignatureCheck => ({
  ok: false,
  reason,
  message,
});

/**
 * Checks source, format, timestamp window and MAC (constant time, against every secret). Says
 * which rule failed; never echoes a secret. Replays are the caller's: see ReplayCache.
 */
export function verifyWebhookSignature(input: VerifyInput): SignatureCheck {
  const { source, header } = input;
  if (source === undefined || source === '') {
    return refuse(
      'missing_source',
      `Missing ${SOURCE_HEADER}: the integration's name, [a-z0-9-]{1,40}`,
    );
  }
  if (!SOURCE_PATTERN.test(source)) {
    return refuse(
      'bad_source',
      `Bad ${SOURCE_HEADER}: lower-case letters, digits and "-", 1 to 40 of them`,
    );
  }
  if (header === undefined || header === '')
    return refuse('missing', `Missing ${SIGNATURE_HEADER}: expected ${SIGNATURE_FORMAT}`);
  const parsed = parseSignatureHeader(header);
  if (!parsed)
    return refuse('malformed', `Malformed ${SIGNATURE_HEADER}: expected ${SIGNATURE_FORMAT}`);
  const nowSeconds = Math.floor(input.now / 1000);
  if (Math.abs(nowSeconds - parsed.timestamp) > input.windowSeconds) {
    return refuse(
      'stale',
      `The ${SIGNATURE_HEADER} timestamp is outside the ${String(input.windowSeconds)} s replay window: sign each request as it is sent, with a synchronised clock`,
    );
  }
  const given = Buffer.from(parsed.mac, 'hex');
  // Every secret is tried (no early exit), each comparison in constant time.
  let matched = false;
  for (const secret of input.secrets) {
    if (timingSafeEqual(given, mac(secret, parsed.timestamp, source, input.rawBody)))
      matched = true;
  }
  if (!matched) {
    return refuse(
      'mismatch',
      `Wrong ${SIGNATURE_HEADER}: v1 must be the HMAC-SHA256 of "<t>.<source>.<raw body>" with the webhook secret`,
    );
  }
  return { ok: true, timestamp: parsed.timestamp, mac: parsed.mac };
}
