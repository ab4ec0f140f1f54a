import type { DesktopCommand } from '../../../shared/ipc';
import type { DeepLink } from '../../../shared/deep-link';
import type { DesktopSettings } from '../../../shared/desktop-settings';

/** What the renderer does for each of main's commands (wired by DesktopBridge). */
export interface DesktopCommandTarget {
  /** Accept the ringing offer: this one, or whichever rings when null. */
  acceptOffer(contactId: string | null): void;
  /** Bring a held offer on screen. */
  showContact(contactId: string): void;
  openLink(link: DeepLink): void;
  setPresence(state: 'available' | 'away'): void;
  applySettings(settings: DesktopSettings): void;
}

/** One switch over the command union; a new command kind fails to compile until handled. */
export function handleDesktopCommand(command: DesktopCommand, target: DesktopCommandTarget): void {
  switch (command.type) {
    case 'accept-offer':
      target.acceptOffer(command.contactId);
      return;
    case 'show-offer':
      target.showContact(command.contactId);
      return;
    case 'open-link':
      target.openLink(command.link);
      return;
    case 'set-presence':
      target.setPresence(command.state);
      return;
    case 'settings-changed':
      target.applySettings(command.settings);
      return;
    case 'offer-changed':
      // For the compact pop window's own view, not the workspace.
      return;
    default: {
      const unhandled: never = command;
      console.warn('[platform] unknown desktop command', unhandled);
    }
  }
}
