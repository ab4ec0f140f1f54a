import type { PopBehaviour } from '../../../../../shared/desktop-settings';

/** i18next namespace `settings`: the settings dialog. zh-CN.ts and fa.ts follow this shape. */
const en = {
  open: 'Settings',
  title: 'Settings',
  loading: 'Reading the settings…',
  loadFailed: 'Could not read the settings: {{message}}',
  gateway: {
    label: 'Gateway URL',
    placeholder: 'Empty: the default gateway',
    hint: 'The server Firebreak connects to. Takes effect after a restart.',
  },
  language: {
    label: 'Language',
    app: 'Follow the app',
  },
  sound: {
    label: 'Ring when a contact is offered',
    volume: 'Ring volume',
  },
  pop: {
    label: 'When a contact is offered',
    behaviour: {
      focus: 'Bring Firebreak to the front',
      'flash-when-busy': 'Bring it to the front, unless you are typing in another app',
      flash: 'Only flash the taskbar button',
    } satisfies Record<PopBehaviour, string>,
    behaviourHint: {
      focus: 'Always takes the focus, even from another app.',
      'flash-when-busy': 'While you type elsewhere it flashes instead, so no keystroke lands here.',
      flash: 'Never takes the focus; you switch when ready.',
    } satisfies Record<PopBehaviour, string>,
    notification: 'Show a system notification (customer, tier, risk)',
    compactWindow: 'Show a small always-on-top window with Accept',
    acceptShortcut: 'Accept shortcut (works in any app)',
    acceptShortcutPlaceholder: 'For example CommandOrControl+Shift+A; empty: off',
  },
  startAtLogin: 'Start Firebreak when I sign in to the computer',
  webNote:
    'The gateway, pop behaviour, notifications, shortcut and start-up are settings of the Firebreak desktop app.',
  invalid: 'Not accepted: {{problem}}',
  refused: 'Firebreak did not save the settings: {{message}}',
  restartNeeded: 'Restart Firebreak to use the new gateway.',
  saved: 'Settings saved',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
};

export type SettingsMessages = typeof en;
export default en;
