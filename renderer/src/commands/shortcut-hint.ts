import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands';
import { getCommand } from './registry';
import { ariaKeyShortcut, formatShortcut } from './shortcut';

export interface ShortcutHint {
  /** `End contact (Ctrl+Shift+E)`: for a tooltip. */
  title: string;
  /** For `aria-keyshortcuts`. */
  ariaKeyShortcuts: string | undefined;
}

/** A command's name with its shortcut, for the buttons that do the same thing. */
export function useShortcutHint(id: CommandId, label?: string): ShortcutHint {
  const { t } = useTranslation('commands');
  const { labelKey, shortcut } = getCommand(id);
  const name = label ?? t(labelKey);
  if (shortcut === undefined) return { title: name, ariaKeyShortcuts: undefined };
  return {
    title: t('shortcutHint', { label: name, shortcut: formatShortcut(shortcut) }),
    ariaKeyShortcuts: ariaKeyShortcut(shortcut),
  };
}
