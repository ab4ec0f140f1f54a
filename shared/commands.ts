/**
 * The user commands of the desktop as plain data: id, i18n key (namespace `commands`) and
 * keyboard shortcut. The renderer's registry adds `isEnabled`/`run` to these; Electron's menus
 * can build from the same list (`toElectronAccelerator`) without importing the renderer.
 *
 * Shortcut syntax: modifiers then one key, joined by `+`: `Mod` (Ctrl, ⌘ on macOS), `Ctrl`,
 * `Alt`, `Shift`, then a letter, a digit, `,` or a `KeyboardEvent.key` name (`F6`, `ArrowRight`).
 */
export const COMMAND_IDS = {
  paletteOpen: 'palette.open',
  contactAccept: 'contact.accept',
  contactEnd: 'contact.end',
  contactTransfer: 'contact.transfer',
  contactNext: 'contact.next',
  panelNext: 'panel.next',
  panelPrevious: 'panel.previous',
  scriptCopyTop: 'script.copy-top',
  customerSearch: 'customer.search',
  presenceToggle: 'presence.toggle',
  languageCycle: 'language.cycle',
  worklistOpen: 'worklist.open',
  consoleOpen: 'console.open',
  settingsOpen: 'settings.open',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];

export interface CommandDescriptor {
  id: CommandId;
  /** Key in the `commands` i18n namespace. */
  labelKey: `label.${string}`;
  shortcut?: string;
}

export const COMMAND_DESCRIPTORS = [
  { id: COMMAND_IDS.paletteOpen, labelKey: 'label.paletteOpen', shortcut: 'Mod+K' },
  { id: COMMAND_IDS.contactAccept, labelKey: 'label.contactAccept', shortcut: 'Mod+Enter' },
  { id: COMMAND_IDS.contactEnd, labelKey: 'label.contactEnd', shortcut: 'Mod+Shift+E' },
  // Not Ctrl+Shift+T: that reopens a closed tab in web mode.
  { id: COMMAND_IDS.contactTransfer, labelKey: 'label.contactTransfer', shortcut: 'Mod+Alt+T' },
  { id: COMMAND_IDS.contactNext, labelKey: 'label.contactNext', shortcut: 'Alt+ArrowRight' },
  { id: COMMAND_IDS.panelNext, labelKey: 'label.panelNext', shortcut: 'F6' },
  { id: COMMAND_IDS.panelPrevious, labelKey: 'label.panelPrevious', shortcut: 'Shift+F6' },
  { id: COMMAND_IDS.scriptCopyTop, labelKey: 'label.scriptCopyTop', shortcut: 'Mod+Shift+C' },
  { id: COMMAND_IDS.customerSearch, labelKey: 'label.customerSearch', shortcut: 'Mod+F' },
  { id: COMMAND_IDS.presenceToggle, labelKey: 'label.presenceToggle', shortcut: 'Mod+Alt+P' },
  { id: COMMAND_IDS.languageCycle, labelKey: 'label.languageCycle', shortcut: 'Mod+Shift+L' },
  // W for worklist; Ctrl+Shift+W would close the browser window in web mode.
  { id: COMMAND_IDS.worklistOpen, labelKey: 'label.worklistOpen', shortcut: 'Mod+Alt+W' },
  // B for board; team leads and admins only.
  { id: COMMAND_IDS.consoleOpen, labelKey: 'label.consoleOpen', shortcut: 'Mod+Alt+B' },
  // Ctrl/⌘+, : where desktop apps keep their settings; free in browsers.
  { id: COMMAND_IDS.settingsOpen, labelKey: 'label.settingsOpen', shortcut: 'Mod+,' },
] as const satisfies readonly CommandDescriptor[];

/** `Mod+Shift+E` → `CmdOrCtrl+Shift+E` (Electron's accelerator syntax). */
export function toElectronAccelerator(shortcut: string): string {
  const names: Record<string, string> = {
    Mod: 'CmdOrCtrl',
    ArrowRight: 'Right',
    ArrowLeft: 'Left',
    ArrowUp: 'Up',
    ArrowDown: 'Down',
  };
  return shortcut
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}
