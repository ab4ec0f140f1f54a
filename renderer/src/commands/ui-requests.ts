/**
 * Commands that open something a feature renders (the transfer dialog, the away-reason picker,
 * the settings dialog)
 * ask for it with a window event; the feature on screen listens and opens it. Same pattern as
 * `customer-search-focus.ts`.
 */
export const TRANSFER_DIALOG_EVENT = 'firebreak:transfer-dialog';
export const AWAY_REASON_EVENT = 'firebreak:away-reason';
export const SETTINGS_DIALOG_EVENT = 'firebreak:settings-dialog';

function listen(event: string, listener: () => void): () => void {
  window.addEventListener(event, listener);
  return () => window.removeEventListener(event, listener);
}

/** Asks the contact on screen to open its transfer dialog. */
export function requestTransferDialog(): void {
  window.dispatchEvent(new CustomEvent(TRANSFER_DIALOG_EVENT));
}

export function onTransferDialogRequest(listener: () => void): () => void {
  return listen(TRANSFER_DIALOG_EVENT, listener);
}

/** Asks the presence control to let the agent say why they step away. */
export function requestAwayReason(): void {
  window.dispatchEvent(new CustomEvent(AWAY_REASON_EVENT));
}

export function onAwayReasonRequest(listener: () => void): () => void {
  return listen(AWAY_REASON_EVENT, listener);
}

/** Asks the header's settings button, which owns the dialog, to open it. */
export function requestSettingsDialog(): void {
  window.dispatchEvent(new CustomEvent(SETTINGS_DIALOG_EVENT));
}

export function onSettingsDialogRequest(listener: () => void): () => void {
  return listen(SETTINGS_DIALOG_EVENT, listener);
}
