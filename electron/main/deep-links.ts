/**
 * `firebreak://customer/ID` and `firebreak://contact/ID` from a softphone or CRM, and the single
 * instance: a second launch focuses the running app and hands it its link.
 *
 * Where links come from:
 * - Windows and Linux: the command line. The first launch has it in `process.argv`; a later one
 *   quits (it has no single-instance lock) and the running app gets its argv in `second-instance`.
 * - macOS: the `open-url` app event, which can fire before `ready` when the link launches the
 *   app. So registerDeepLinks must run synchronously at start-up, before `app.whenReady()` resolves
 *   (any time in the first tick of the main process), or the launching link is lost.
 *
 * Every link is parsed strictly (shared/deep-link.ts); a refused one is logged with the reason and
 * a truncated, escaped copy of the URL (it is attacker input) and never reaches `onLink`.
 *
 * Order: `onLink` is called synchronously, in arrival order (the start-up argv first, during
 * registerDeepLinks). It must not assume a window or a ready renderer: pass something that
 * queues, e.g. `(link) => readiness.whenReady(() => send({ type: 'open-link', link }))`;
 * RendererReadiness runs queued pushes in the order they were queued, so links reach the renderer
 * in the order they arrived, and later ones go straight through.
 */
import path from 'node:path';
import { app } from 'electron';
import type { Event as ElectronEvent } from 'electron';
import { DEEP_LINK_SCHEME, findDeepLinkArgument, parseDeepLink } from '../../shared/deep-link.js';
import type { DeepLink } from '../../shared/deep-link.js';
import { log } from './log.js';

export interface DeepLinkDeps {
  /** Each accepted link, in arrival order; see the module comment about readiness. */
  readonly onLink: (link: DeepLink) => void;
  /**
   * Brings the running app's window forward (restore if minimised, show, focus). Called on every
   * second launch, link or not, and for each accepted macOS link. May find no window yet.
   */
  readonly focus: () => void;
  /** `app.isPackaged`: in development the protocol is registered as Electron + the app's path. */
  readonly isPackaged: boolean;
  /** This launch's command line (default `process.argv`). */
  readonly argv?: readonly string[];
  /** Development only: the Electron binary (default `process.execPath`). */
  readonly execPath?: string;
  /** Development only: the app's path as Electron was started with it (default `argv[1]`). */
  readonly appPath?: string;
}

export interface DeepLinkRegistration {
  /** Stops listening to `second-instance` and `open-url` (for tests; the app never needs it). */
  dispose(): void;
}

/** The longest part of a refused URL that is logged. */
const LOGGED_URL_LENGTH = 100;

/**
 * A refused URL as it is logged: at most 100 characters, in double quotes, with everything but
 * printable ASCII escaped (`\n`, `\u{202e}`, …) so it cannot forge log lines or reorder text.
 */
export function quoteUntrustedUrl(raw: string): string {
  const head = raw.slice(0, LOGGED_URL_LENGTH);
  const escaped = head.replace(/[^\x20-\x7e]|["\\]/gu, (char) => {
    if (char === '"' || char === '\\') return `\\${char}`;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
  });
  const rest = raw.length - head.length;
  return rest > 0 ? `"${escaped}"… (${String(rest)} more characters)` : `"${escaped}"`;
}

type LinkSource = 'the command line' | 'a second launch' | 'macOS (open-url)';

/**
 * Registers the `firebreak` scheme with the OS and listens for links. Call it once, after
 * `app.requestSingleInstanceLock()` succeeded and before `app.whenReady()` resolves.
 * It handles `second-instance` itself (focus, then the link): do not add another handler for it.
 */
export function registerDeepLinks(deps: DeepLinkDeps): DeepLinkRegistration {
  registerProtocolClient(deps);

  /** True when the link was accepted and handed on. */
  const take = (raw: string, source: LinkSource): boolean => {
    const parsed = parseDeepLink(raw);
    if (!parsed.ok) {
      log.warn(`Refused a deep link from ${source} (${parsed.reason}): ${quoteUntrustedUrl(raw)}`);
      return false;
    }
    log.info(`Opening a ${parsed.link.kind} link from ${source}.`); // not the id: customer data
    deps.onLink(parsed.link);
    return true;
  };

  const onSecondInstance = (_event: ElectronEvent, argv: string[]): void => {
    deps.focus();
    const raw = findDeepLinkArgument(argv);
    if (raw !== null) take(raw, 'a second launch');
  };
  const onOpenUrl = (event: ElectronEvent, url: string): void => {
    event.preventDefault(); // we handle it: macOS should not report it unhandled
    if (take(url, 'macOS (open-url)')) deps.focus();
  };
  app.on('second-instance', onSecondInstance);
  app.on('open-url', onOpenUrl);

  const initial = findDeepLinkArgument(deps.argv ?? process.argv);
  if (initial !== null) take(initial, 'the command line');

  return {
    dispose() {
      app.off('second-instance', onSecondInstance);
      app.off('open-url', onOpenUrl);
    },
  };
}

/**
 * Makes the OS start this app for firebreak:// links. Packaged: the app's own executable (on
 * macOS the scheme must also be declared in Info.plist: electron-builder's `protocols`). In
 * development the executable is Electron itself, so it is registered with the app's path as its
 * first argument, as Electron's deep-link guide shows.
 */
function registerProtocolClient(deps: DeepLinkDeps): void {
  let registered: boolean;
  if (deps.isPackaged) {
    registered = app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  } else {
    const appPath = deps.appPath ?? (deps.argv ?? process.argv)[1];
    if (appPath === undefined) {
      log.warn('Deep links are not registered: Electron was started without the app path.');
      return;
    }
    registered = app.setAsDefaultProtocolClient(
      DEEP_LINK_SCHEME,
      deps.execPath ?? process.execPath,
      [path.resolve(appPath)],
    );
  }
  if (!registered) log.warn(`The OS did not register Firebreak for ${DEEP_LINK_SCHEME}:// links.`);
}
