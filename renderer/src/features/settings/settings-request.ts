/**
 * The `settings.open` command asks for the settings dialog with a window event; the header's
 * settings button, which owns the dialog, listens and opens it (the same pattern as
 * `commands/ui-requests.ts`).
 */
export const SETTINGS_DIALOG_EVENT = 'firebreak:settings-dialog';

export function requestSettingsDialog(): void {
  window.dispatchEvent(new CustomEvent(SETTINGS_DIALOG_EVENT));
}

/** Subscribes to open requests; returns the unsubscribe. */
export function onSettingsDialogRequest(listener: () => void): () => void {
  window.addEventListener(SETTINGS_DIALOG_EVENT, listener);
  return () => window.removeEventListener(SETTINGS_DIALOG_EVENT, listener);
}
