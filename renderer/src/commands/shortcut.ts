/** Matching `KeyboardEvent`s against shortcut strings (`Mod+Shift+E`, `F6`, `Alt+ArrowRight`). */

export interface ParsedShortcut {
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  /** Upper-case letter or digit, else a `KeyboardEvent.key` name. */
  key: string;
}

export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.userAgent);
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const modifiers = new Set(parts.slice(0, -1));
  return {
    mod: modifiers.has('Mod'),
    ctrl: modifiers.has('Ctrl'),
    alt: modifiers.has('Alt'),
    shift: modifiers.has('Shift'),
    key: key.length === 1 ? key.toUpperCase() : key,
  };
}

/** Punctuation keys shortcuts use, by `event.code` (the Persian layout types `و` on Comma). */
const PUNCTUATION_CODES: Readonly<Record<string, string>> = { Comma: ',' };

/**
 * The key pressed, independent of layout for letters, digits and the punctuation above:
 * `event.code` (`KeyE`) is the same on a Persian or Pinyin layout and with Alt on macOS, where
 * `event.key` is not.
 */
function pressedKey(event: KeyboardEvent): string {
  const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(event.code);
  if (code) return code[1] ?? code[2] ?? '';
  const punctuation = PUNCTUATION_CODES[event.code];
  if (punctuation !== undefined) return punctuation;
  return event.key.length === 1 ? event.key.toUpperCase() : event.key;
}

export function matchesShortcut(
  event: KeyboardEvent,
  shortcut: ParsedShortcut,
  mac = isMacPlatform(),
): boolean {
  const wantCtrl = shortcut.ctrl || (shortcut.mod && !mac);
  const wantMeta = shortcut.mod && mac;
  return (
    event.ctrlKey === wantCtrl &&
    event.metaKey === wantMeta &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift &&
    pressedKey(event) === shortcut.key
  );
}

/** Whether the shortcut uses Ctrl/⌘: those fire even while the agent types in a field. */
export function usesModifierKey(shortcut: ParsedShortcut): boolean {
  return shortcut.mod || shortcut.ctrl;
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };
const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/** For people: `Ctrl+Shift+E` (or `⌘⇧E` on macOS). */
export function formatShortcut(shortcut: string, mac = isMacPlatform()): string {
  const parts = shortcut.split('+').map((part) => KEY_NAMES[part] ?? part);
  if (mac) return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}

/** `aria-keyshortcuts` wants `Control+Shift+E` / `Meta+K`. */
export function ariaKeyShortcut(shortcut: string, mac = isMacPlatform()): string {
  return shortcut
    .split('+')
    .map((part) =>
      part === 'Mod' ? (mac ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part,
    )
    .join('+');
}
