import { useEffect, useEffectEvent } from 'react';
import type { Command } from './command-types';
import { COMMANDS } from './registry';
import { matchesShortcut, parseShortcut, usesModifierKey, type ParsedShortcut } from './shortcut';

const BOUND: readonly { command: Command; shortcut: ParsedShortcut }[] = COMMANDS.flatMap(
  (command) =>
    command.shortcut === undefined ? [] : [{ command, shortcut: parseShortcut(command.shortcut) }],
);

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** Whether keys pressed here are text the agent is typing (a field, an editor). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

export interface ShortcutOptions {
  /** Runs the command if enabled; false when it was not (the key then keeps its default). */
  run: (command: Command) => boolean;
  /** While false (e.g. the palette has the keyboard) no shortcut fires. */
  active: boolean;
}

/**
 * Maps key presses to registered commands, once for the whole workspace. While the agent types
 * in a field only Ctrl/⌘ shortcuts fire; nothing fires while an IME is composing (pinyin,
 * Persian input methods), so choosing a candidate never ends a call.
 */
export function useCommandShortcuts({ run, active }: ShortcutOptions): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!active || event.defaultPrevented) return;
    // `Process`: the key an IME is handling (Chromium reports it before composition starts).
    if (event.isComposing || event.key === 'Process') return;
    const bound = BOUND.find(({ shortcut }) => matchesShortcut(event, shortcut));
    if (bound === undefined) return;
    if (isTypingTarget(event.target) && !usesModifierKey(bound.shortcut)) return;
    if (run(bound.command)) event.preventDefault();
  });

  // Sync with the outside: the document's key presses.
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
