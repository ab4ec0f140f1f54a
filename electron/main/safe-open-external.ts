import { dialog, shell } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { EXTERNAL_URL_ALLOW_LIST } from '../../shared/ipc.js';
import { log } from './log.js';

const ALLOWED_HOSTS: ReadonlySet<string> = new Set(EXTERNAL_URL_ALLOW_LIST);

export type ExternalUrlVerdict =
  | { readonly allowed: true; readonly url: URL }
  | { readonly allowed: false; readonly reason: string };

/** Only https, only allow-listed hosts, default port, no credentials. */
export function checkExternalUrl(raw: string): ExternalUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:')
    return { allowed: false, reason: `scheme ${url.protocol} is not https:` };
  if (url.username !== '' || url.password !== '')
    return { allowed: false, reason: 'URL carries credentials' };
  if (url.port !== '') return { allowed: false, reason: `non-default port on ${url.hostname}` };
  if (!ALLOWED_HOSTS.has(url.hostname))
    return { allowed: false, reason: `host ${url.hostname} is not allow-listed` };
  return { allowed: true, url };
}

const OPEN = 0;
const CANCEL = 1;

function confirmation(url: URL): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open link',
    message: `Open this link in your web browser?`,
    detail: url.href,
    buttons: ['Open', 'Cancel'],
    defaultId: CANCEL,
    cancelId: CANCEL,
    noLink: true,
  };
}

let confirmationOpen = false;

/**
 * The one way Firebreak opens a link outside the app (lint bans shell.openExternal elsewhere).
 * Refuses (and logs) anything but an allow-listed https URL, then asks the user first.
 * One confirmation at a time: a page cannot stack dialogs.
 * @returns whether the link was handed to the system browser.
 */
export async function safeOpenExternal(
  raw: string,
  parent?: BrowserWindow | null,
): Promise<boolean> {
  const verdict = checkExternalUrl(raw);
  if (!verdict.allowed) {
    log.warn(`Refused to open an external link: ${verdict.reason}.`);
    return false;
  }
  if (confirmationOpen) {
    log.warn('Refused to open an external link: a confirmation is already showing.');
    return false;
  }
  confirmationOpen = true;
  try {
    const options = confirmation(verdict.url);
    const { response } =
      parent && !parent.isDestroyed()
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
    if (response !== OPEN) return false;
    await shell.openExternal(verdict.url.href);
    return true;
  } catch (error) {
    log.error('Could not open an external link.', error);
    return false;
  } finally {
    confirmationOpen = false;
  }
}
