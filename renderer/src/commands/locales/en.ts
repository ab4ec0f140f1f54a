/** i18next namespace `commands`: command names, the palette, feedback. zh-CN and fa follow this shape. */
const en = {
  label: {
    paletteOpen: 'Open command palette',
    contactAccept: 'Accept the ringing contact',
    contactEnd: 'End contact',
    contactTransfer: 'Transfer the contact',
    contactNext: 'Next contact tab',
    panelNext: 'Next panel',
    panelPrevious: 'Previous panel',
    scriptCopyTop: 'Copy top script',
    customerSearch: 'Search customers',
    presenceToggle: 'Toggle presence (available / away)',
    languageCycle: 'Switch language',
    worklistOpen: 'Open pre-emption worklist',
    consoleOpen: 'Open the team console',
    settingsOpen: 'Open settings',
  },
  palette: {
    title: 'Commands',
    placeholder: 'Type a command…',
    list: 'Available commands',
    empty: 'No matching command',
    hint: '↑ ↓ to choose, Enter to run, Esc to close',
  },
  feedback: {
    copied: 'Copied “{{title}}”',
    copyFailed: 'Could not copy the script',
    acceptFailed: 'Could not accept the contact: {{message}}',
    endFailed: 'Could not end the contact: {{message}}',
    presenceFailed: 'Could not change your presence: {{message}}',
  },
  shortcutHint: '{{label}} ({{shortcut}})',
};

export type CommandsMessages = typeof en;
export default en;
