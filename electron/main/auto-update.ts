import { httpBaseUrlSchema, maskUrlCredentials } from '../../shared/desktop-settings.js';
import { log as appLog } from './log.js';

/**
 * Automatic updates with electron-updater, for installed builds only. The feed is the generic
 * HTTPS server electron-builder baked into app-update.yml (electron-builder.yml, `publish`), or
 * FIREBREAK_UPDATE_URL when set. Updates download in the background and install when the app
 * quits. A bad feed or a failed check is logged and never stops the app.
 */
export const UPDATE_URL_VARIABLE = 'FIREBREAK_UPDATE_URL';
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

/** electron-updater's Logger: it logs its own progress and errors through this. */
export interface UpdaterLogger {
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/** The part of electron-updater's `autoUpdater` (an AppUpdater) that Firebreak uses. */
export interface Updater {
  logger: UpdaterLogger | null;
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { readonly provider: 'generic'; readonly url: string }): void;
  /** With autoDownload, an available update comes with the download's promise. */
  checkForUpdates(): Promise<{ readonly downloadPromise?: Promise<unknown> | null } | null>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

type AppLog = Pick<typeof appLog, 'info' | 'warn' | 'error'>;

export type UpdateFeed =
  /** The feed electron-builder wrote into app-update.yml when the installer was built. */
  | { readonly kind: 'built-in' }
  | { readonly kind: 'override'; readonly url: string }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Reads FIREBREAK_UPDATE_URL: unset or blank → the built-in feed; otherwise an https:// URL
 * (http:// only for 127.0.0.1 or localhost), without credentials.
 */
export function resolveUpdateFeed(env: Readonly<Record<string, string | undefined>>): UpdateFeed {
  const raw = env[UPDATE_URL_VARIABLE]?.trim() ?? '';
  if (raw === '') return { kind: 'built-in' };
  const parsed = httpBaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    const rule = parsed.error.issues[0]?.message ?? 'is not a valid URL';
    return {
      kind: 'invalid',
      message: `${UPDATE_URL_VARIABLE}=${JSON.stringify(maskUrlCredentials(raw))} ${rule}; automatic updates are off.`,
    };
  }
  return { kind: 'override', url: parsed.data };
}

export interface AutoUpdateDeps {
  /** `app.isPackaged`: a development run never updates itself. */
  readonly isPackaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** electron-updater's autoUpdater by default, loaded only when updates are on. */
  readonly loadUpdater?: () => Promise<Updater>;
  readonly log?: AppLog;
  readonly checkIntervalMs?: number;
}

export interface AutoUpdates {
  /** Whether checks were scheduled. */
  readonly active: boolean;
  stop(): void;
}

const OFF: AutoUpdates = { active: false, stop: () => undefined };

async function loadElectronUpdater(): Promise<Updater> {
  // Imported here, not at the top: development runs and tests never load electron-updater.
  const { autoUpdater } = await import('electron-updater');
  return autoUpdater;
}

/**
 * Turns automatic updates on: checks now and every 4 hours, downloads in the background and
 * installs on quit. Call once the app is ready. Never rejects; every problem is logged.
 */
export async function startAutoUpdates(deps: AutoUpdateDeps): Promise<AutoUpdates> {
  const log = deps.log ?? appLog;
  if (!deps.isPackaged) {
    log.info('Automatic updates are off in development builds.');
    return OFF;
  }
  const feed = resolveUpdateFeed(deps.env);
  if (feed.kind === 'invalid') {
    log.error(feed.message);
    return OFF;
  }

  let updater: Updater;
  try {
    updater = await (deps.loadUpdater ?? loadElectronUpdater)();
    updater.logger = {
      info: (message) => {
        log.info(`updater: ${String(message)}`);
      },
      warn: (message) => {
        log.warn(`updater: ${String(message)}`);
      },
      error: (message) => {
        log.error(`updater: ${String(message)}`);
      },
    };
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    if (feed.kind === 'override') updater.setFeedURL({ provider: 'generic', url: feed.url });
  } catch (error) {
    log.error('Automatic updates are off: the updater could not be set up.', error);
    return OFF;
  }

  // electron-updater emits 'error' for failed checks and downloads (and then rejects); an
  // 'error' event without a listener would throw in the main process.
  const reported = new WeakSet<object>();
  const isObject = (value: unknown): value is object =>
    (typeof value === 'object' && value !== null) || typeof value === 'function';
  updater.on('error', (error: unknown) => {
    if (isObject(error)) reported.add(error);
    log.error(`Automatic update failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  const reportUnlessReported = (error: unknown): void => {
    if (isObject(error) && reported.has(error)) return;
    log.error('Checking for updates failed.', error);
  };
  const check = async (): Promise<void> => {
    try {
      const result = await updater.checkForUpdates();
      // The download runs on; its failure is reported through 'error' (or here), never unhandled.
      void result?.downloadPromise?.catch(reportUnlessReported);
    } catch (error) {
      reportUnlessReported(error);
    }
  };

  log.info(
    feed.kind === 'override'
      ? `Automatic updates on, from ${feed.url} (${UPDATE_URL_VARIABLE}).`
      : 'Automatic updates on, from the feed built into this installer.',
  );
  void check();
  const timer = setInterval(() => void check(), deps.checkIntervalMs ?? UPDATE_CHECK_INTERVAL_MS);
  timer.unref();
  return {
    active: true,
    stop: () => {
      clearInterval(timer);
    },
  };
}
