import { globalShortcut } from 'electron';
import { log } from './log.js';

/**
 * The system-wide shortcut that accepts a ringing offer (settings.pop.acceptShortcut). It is held
 * only while an offer rings: Firebreak must not keep a key combination from every other app all
 * day. Only the accelerator armed here is ever unregistered (never unregisterAll, which would drop
 * shortcuts other parts of the app hold).
 */
export interface AcceptShortcut {
  /**
   * Holds `accelerator` and calls `onPress` when the agent presses it, in any app. `null` (the
   * agent turned it off) disarms. Arming again while armed swaps the callback, and the key if it
   * changed. False when the shortcut is not held: off, or taken by another app (logged once per
   * accelerator, not once per offer).
   */
  arm(accelerator: string | null, onPress: () => void): boolean;
  /** Releases the shortcut, if held. */
  disarm(): void;
}

export function createAcceptShortcut(): AcceptShortcut {
  /** The accelerator we hold now. */
  let held: string | null = null;
  let pressed: () => void = () => undefined;
  const warned = new Set<string>();

  const disarm = (): void => {
    if (held === null) return;
    globalShortcut.unregister(held);
    held = null;
  };

  /** Registers `accelerator`; null when held, else why not (for the log). */
  const register = (accelerator: string): string | null => {
    try {
      const registered = globalShortcut.register(accelerator, () => {
        pressed();
      });
      return registered
        ? null
        : `The accept shortcut ${accelerator} is taken by another app; offers can still be accepted in the window.`;
    } catch (error) {
      // Electron throws for an accelerator it cannot parse. Settings are validated, but a bad
      // key combination must not break the pop.
      return `The accept shortcut ${accelerator} is not a valid accelerator (${String(error)}).`;
    }
  };

  return {
    arm(accelerator, onPress) {
      if (accelerator === null) {
        disarm();
        return false;
      }
      pressed = onPress;
      if (held === accelerator) return true;
      disarm();
      const problem = register(accelerator);
      if (problem !== null) {
        if (!warned.has(accelerator)) {
          warned.add(accelerator);
          log.warn(problem);
        }
        return false;
      }
      held = accelerator;
      return true;
    },
    disarm,
  };
}
