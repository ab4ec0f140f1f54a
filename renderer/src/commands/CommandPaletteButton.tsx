import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { COMMAND_IDS } from '../../../shared/commands';
import { useCommands } from './commands-context';
import { useShortcutHint } from './shortcut-hint';

/** The palette for mouse users too, naming its shortcut. */
export function CommandPaletteButton() {
  const { openPalette } = useCommands();
  const hint = useShortcutHint(COMMAND_IDS.paletteOpen);
  return (
    <Tooltip title={hint.title}>
      <Button
        data-testid="command-palette-open"
        icon={<ThunderboltOutlined />}
        aria-label={hint.title}
        aria-keyshortcuts={hint.ariaKeyShortcuts}
        onClick={openPalette}
      />
    </Tooltip>
  );
}
