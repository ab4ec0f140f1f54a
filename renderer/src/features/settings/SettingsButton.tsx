import { SettingOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { COMMAND_IDS } from '../../../../shared/commands';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { SettingsDialog } from './SettingsDialog';
import { onSettingsDialogRequest } from '../../commands/ui-requests';

/**
 * The gear in the header and the dialog it opens. Whether the dialog is open is this
 * component's own state: nothing else reads it and it must not outlive the workspace; the
 * `settings.open` command (Ctrl/⌘+,, the palette) reaches it through a window event.
 */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  const hint = useShortcutHint(COMMAND_IDS.settingsOpen);

  // Sync with the command: a window event asks for the dialog.
  useEffect(() => onSettingsDialogRequest(() => setOpen(true)), []);

  return (
    <>
      <Tooltip title={hint.title}>
        <Button
          data-testid="settings-open"
          icon={<SettingOutlined />}
          aria-label={hint.title}
          aria-keyshortcuts={hint.ariaKeyShortcuts}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        />
      </Tooltip>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
