import type { DesktopCommand, FirebreakDesktopApi } from '../../../shared/ipc';

type Handler = (command: DesktopCommand) => void;

/**
 * Main pushes once the renderer has announced itself, which it does on the first paint, signed
 * in or not. The workspace that acts on the commands is not mounted on the sign-in page (a
 * softphone's link can come before the agent signs in) nor after a sign-out, so commands wait
 * here, in arrival order, until the workspace takes them.
 */
let source: { desktop: FirebreakDesktopApi; stop: () => void } | null = null;
let handler: Handler | null = null;
const waiting: DesktopCommand[] = [];

/** Starts listening to main (once per bridge; main.tsx calls it at start-up). */
export function listenToDesktop(desktop: FirebreakDesktopApi): void {
  if (source?.desktop === desktop) return;
  source?.stop();
  waiting.length = 0;
  const stop = desktop.onCommand((command) => {
    if (handler === null) waiting.push(command);
    else handler(command);
  });
  source = { desktop, stop };
}

/** The workspace takes the commands: those waiting first, then each as it comes. */
export function takeDesktopCommands(take: Handler): () => void {
  handler = take;
  for (const command of waiting.splice(0)) take(command);
  return () => {
    if (handler === take) handler = null;
  };
}
