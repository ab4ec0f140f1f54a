import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DESKTOP_ORIGIN } from '../shared/ipc.js';

/** The default deadline for a database connection or statement (FIREBREAK_DB_TIMEOUT_MS). */
export const DEFAULT_DB_TIMEOUT_MS = 10_000;

/** Gateway configuration, read from the environment and validated once at start. */
export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  webhookSecret: z.string().min(16, 'must be at least 16 characters'),
  /** While integrations move to a new secret: the old one, still accepted (unset when done). */
  webhookSecretPrevious: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How far a webhook signature's timestamp may be from the gateway's clock, either way. */
  webhookReplayWindowSeconds: z.coerce.number().int().min(10).max(3600),
  /** Signed webhook requests one source (`x-firebreak-source`) may make per second. */
  webhookRateLimit: z.coerce.number().int().min(1).max(100_000),
  demoPassword: z.string().min(4, 'must be at least 4 characters'),
  tokenSecret: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Agent sessions (docs/security.md): the access token's life, and the refresh token's idle and absolute limits. */
  accessTokenTtlSeconds: z.coerce.number().int().min(1).max(3600),
  sessionIdleSeconds: z.coerce.number().int().min(60).max(7 * 86_400),
  sessionMaxSeconds: z.coerce.number().int().min(60).max(30 * 86_400),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Folder of the built web renderer served at `/` (web mode). */
  webRoot: z.string().min(1),
  /**
   * Origins (besides the gateway's own, web mode) allowed to call the API and open the socket:
   * the desktop's `app://firebreak` by default.
   */
  allowedOrigins: z.array(z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+$/, 'each origin is scheme://host[:port]')),
  /** The pre-emption rules file (YAML), watched for changes while the gateway runs. */
  rulesFile: z.string().min(1),
  /** Routing defaults until a team lead sets them (`PUT /api/v1/routing/settings`). */
  ringTimeoutSeconds: z.coerce.number().int().min(1).max(120),
  reconnectGraceSeconds: z.coerce.number().int().min(0).max(120),
  acwLimitSeconds: z.coerce.number().int().min(10).max(3600),
  chatCapacity: z.coerce.number().int().min(1).max(8),
  /** Service level counts contacts answered within this many seconds (the board's 80/20). */
  serviceLevelSeconds: z.coerce.number().int().min(1).max(600),
  /** The console marks a contact held (connected) longer than this as a long hold. */
  longHoldSeconds: z.coerce.number().int().min(30).max(86_400),
  /** A Diamond customer waiting longer than this raises an alert on the console. */
  diamondWaitSeconds: z.coerce.number().int().min(1).max(3600),
  /** The queue chats from the customer chat page (`/chat/`) go to. */
  webChatQueue: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, "-" and "_"'),
  /** Largest request body accepted, in bytes. */
  bodyLimit: z.coerce.number().int().min(1024).max(50 * 1024 * 1024),
  /**
   * PostgreSQL: the deadline to get a connection and for a statement's answer; past it the
   * request gets 503 `unavailable` (docs/reliability.md). Long enough for a slow link (2 s each way).
   */
  dbTimeoutMs: z.coerce.number().int().min(500, 'must be at least 500 (ms)').max(300_000, 'must be at most 300000 (ms)'),
  /**
   * PostgreSQL: connections in the gateway's pool (unset: pg-pool.ts's default, 10). About twice
   * the database server's cores: more only make statements wait for a core instead of a connection.
   */
  dbPoolSize: z.coerce.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').optional(),
  /** Touchpoint batches stored at once; one more is refused with 503 and Retry-After (backpressure). */
  ingestMaxInFlight: z.coerce.number().int().min(1).max(1000),
  /** Customers waiting to be rescored beyond which touchpoint batches are refused the same way. */
  riskMaxBacklog: z.coerce.number().int().min(100).max(10_000_000),
}).refine((c) => c.webhookSecretPrevious !== c.webhookSecret, {
  message: 'must differ from FIREBREAK_WEBHOOK_SECRET (during a rotation it is the old secret)',
  path: ['webhookSecretPrevious'],
});
export type GatewayConfig = z.infer<typeof configSchema>;

/** Which environment variable feeds which setting, for error messages and the README. */
export const ENV_NAMES: Record<keyof GatewayConfig, string> = {
  port: 'FIREBREAK_PORT',
  host: 'FIREBREAK_HOST',
  dataDir: 'FIREBREAK_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  webhookSecret: 'FIREBREAK_WEBHOOK_SECRET',
  webhookSecretPrevious: 'FIREBREAK_WEBHOOK_SECRET_PREVIOUS',
  webhookReplayWindowSeconds: 'FIREBREAK_WEBHOOK_REPLAY_WINDOW_SECONDS',
  webhookRateLimit: 'FIREBREAK_WEBHOOK_RATE_LIMIT',
  demoPassword: 'FIREBREAK_DEMO_PASSWORD',
  tokenSecret: 'FIREBREAK_TOKEN_SECRET',
  accessTokenTtlSeconds: 'FIREBREAK_ACCESS_TOKEN_TTL_SECONDS',
  sessionIdleSeconds: 'FIREBREAK_SESSION_IDLE_SECONDS',
  sessionMaxSeconds: 'FIREBREAK_SESSION_MAX_SECONDS',
  logLevel: 'FIREBREAK_LOG_LEVEL',
  webRoot: 'FIREBREAK_WEB_ROOT',
  allowedOrigins: 'FIREBREAK_ALLOWED_ORIGINS',
  bodyLimit: 'FIREBREAK_BODY_LIMIT',
  rulesFile: 'FIREBREAK_RULES_FILE',
  ringTimeoutSeconds: 'FIREBREAK_RING_TIMEOUT_SECONDS',
  reconnectGraceSeconds: 'FIREBREAK_RECONNECT_GRACE_SECONDS',
  acwLimitSeconds: 'FIREBREAK_ACW_LIMIT_SECONDS',
  chatCapacity: 'FIREBREAK_CHAT_CAPACITY',
  webChatQueue: 'FIREBREAK_WEB_CHAT_QUEUE',
  serviceLevelSeconds: 'FIREBREAK_SERVICE_LEVEL_SECONDS',
  longHoldSeconds: 'FIREBREAK_LONG_HOLD_SECONDS',
  diamondWaitSeconds: 'FIREBREAK_DIAMOND_WAIT_SECONDS',
  dbTimeoutMs: 'FIREBREAK_DB_TIMEOUT_MS',
  dbPoolSize: 'FIREBREAK_DB_POOL_SIZE',
  ingestMaxInFlight: 'FIREBREAK_INGEST_MAX_IN_FLIGHT',
  riskMaxBacklog: 'FIREBREAK_RISK_MAX_BACKLOG',
};

/** The rules file shipped with the gateway. */
export const DEFAULT_RULES_FILE = fileURLToPath(new URL('../config/preemption-rules.yaml', import.meta.url));

/** Development defaults; a real deployment sets its own secrets. */
export const DEV_WEBHOOK_SECRET = 'firebreak-dev-webhook-secret';
export const DEV_DEMO_PASSWORD = 'firebreak-demo';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the config from `env`; throws ConfigError naming every bad variable and why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const blankToUndefined = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const raw = {
    port: blankToUndefined(env.FIREBREAK_PORT) ?? 4300,
    host: blankToUndefined(env.FIREBREAK_HOST) ?? '127.0.0.1',
    dataDir: path.resolve(blankToUndefined(env.FIREBREAK_DATA_DIR) ?? '.firebreak'),
    databaseUrl: blankToUndefined(env.DATABASE_URL),
    webhookSecret: blankToUndefined(env.FIREBREAK_WEBHOOK_SECRET) ?? DEV_WEBHOOK_SECRET,
    webhookSecretPrevious: blankToUndefined(env.FIREBREAK_WEBHOOK_SECRET_PREVIOUS),
    webhookReplayWindowSeconds: blankToUndefined(env.FIREBREAK_WEBHOOK_REPLAY_WINDOW_SECONDS) ?? 300,
    webhookRateLimit: blankToUndefined(env.FIREBREAK_WEBHOOK_RATE_LIMIT) ?? 100,
    demoPassword: blankToUndefined(env.FIREBREAK_DEMO_PASSWORD) ?? DEV_DEMO_PASSWORD,
    tokenSecret: blankToUndefined(env.FIREBREAK_TOKEN_SECRET),
    accessTokenTtlSeconds: blankToUndefined(env.FIREBREAK_ACCESS_TOKEN_TTL_SECONDS) ?? 15 * 60,
    sessionIdleSeconds: blankToUndefined(env.FIREBREAK_SESSION_IDLE_SECONDS) ?? 12 * 60 * 60,
    sessionMaxSeconds: blankToUndefined(env.FIREBREAK_SESSION_MAX_SECONDS) ?? 24 * 60 * 60,
    logLevel: blankToUndefined(env.FIREBREAK_LOG_LEVEL) ?? 'info',
    webRoot: path.resolve(blankToUndefined(env.FIREBREAK_WEB_ROOT) ?? 'dist/renderer'),
    bodyLimit: blankToUndefined(env.FIREBREAK_BODY_LIMIT) ?? 1024 * 1024,
    rulesFile: path.resolve(blankToUndefined(env.FIREBREAK_RULES_FILE) ?? DEFAULT_RULES_FILE),
    ringTimeoutSeconds: blankToUndefined(env.FIREBREAK_RING_TIMEOUT_SECONDS) ?? 20,
    reconnectGraceSeconds: blankToUndefined(env.FIREBREAK_RECONNECT_GRACE_SECONDS) ?? 10,
    acwLimitSeconds: blankToUndefined(env.FIREBREAK_ACW_LIMIT_SECONDS) ?? 120,
    chatCapacity: blankToUndefined(env.FIREBREAK_CHAT_CAPACITY) ?? 3,
    webChatQueue: blankToUndefined(env.FIREBREAK_WEB_CHAT_QUEUE) ?? 'service-chat',
    serviceLevelSeconds: blankToUndefined(env.FIREBREAK_SERVICE_LEVEL_SECONDS) ?? 20,
    longHoldSeconds: blankToUndefined(env.FIREBREAK_LONG_HOLD_SECONDS) ?? 600,
    diamondWaitSeconds: blankToUndefined(env.FIREBREAK_DIAMOND_WAIT_SECONDS) ?? 30,
    dbTimeoutMs: blankToUndefined(env.FIREBREAK_DB_TIMEOUT_MS) ?? DEFAULT_DB_TIMEOUT_MS,
    dbPoolSize: blankToUndefined(env.FIREBREAK_DB_POOL_SIZE),
    ingestMaxInFlight: blankToUndefined(env.FIREBREAK_INGEST_MAX_IN_FLIGHT) ?? 8,
    riskMaxBacklog: blankToUndefined(env.FIREBREAK_RISK_MAX_BACKLOG) ?? 50_000,
    allowedOrigins: (blankToUndefined(env.FIREBREAK_ALLOWED_ORIGINS) ?? DESKTOP_ORIGIN)
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const key = issue.path[0] as keyof GatewayConfig;
      const name = ENV_NAMES[key];
      const value = key === 'webhookSecret' || key === 'webhookSecretPrevious' || key === 'tokenSecret' || key === 'demoPassword' ? '(hidden)' : JSON.stringify(raw[key]);
      return `${name}=${value}: ${issue.message}`;
    }),
  );
}

/** For entry points: the config, or the list of bad variables on stderr and exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
