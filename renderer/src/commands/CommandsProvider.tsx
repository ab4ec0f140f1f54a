import { useQueryClient } from '@tanstack/react-query';
import { App, theme } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtimeEmit } from '../realtime/realtime-context';
import { appStore } from '../state';
import type { CommandId } from '../../../shared/commands';
import { snapshotCommandContext } from './command-context';
import { CommandPalette } from './CommandPalette';
import type { Command, CommandUi } from './command-types';
import { CommandsContext, type CommandsApi } from './commands-context';
import { COMMANDS, getCommand } from './registry';
import { useCommandShortcuts } from './use-command-shortcuts';

/** Focus must be seen: panels reached with F6 and the palette's chosen row. */
function FocusStyles() {
  const { token } = theme.useToken();
  const css = `
[data-testid^="panel-"]:focus-visible { outline: 2px solid ${token.colorPrimary}; outline-offset: 2px; }
.fb-command-item[aria-selected="true"] { background: ${token.controlItemBgActive}; outline: 1px solid ${token.colorPrimaryBorder}; }
`;
  return <style>{css}</style>;
}

/**
 * Commands for the workspace, mounted once: keyboard shortcuts and the command palette
 * (Ctrl/⌘+K). Children reach the runner with `useCommands()`.
 */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('commands');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const emit = useRealtimeEmit();
  const [paletteOpen, setPaletteOpen] = useState(false);

  const ui = useMemo<CommandUi>(
    () => ({
      openPalette: () => setPaletteOpen(true),
      notify: (kind, text) => void message[kind](text),
      translate: (key, values) => t(key, values),
    }),
    [message, t],
  );

  const getContext = useCallback(
    () => snapshotCommandContext({ queryClient, store: appStore, emit, ui, paletteOpen }),
    [queryClient, emit, ui, paletteOpen],
  );

  const run = useCallback(
    (target: Command | CommandId) => {
      const command = typeof target === 'string' ? getCommand(target) : target;
      const ctx = getContext();
      if (!command.isEnabled(ctx)) return false;
      void command.run(ctx);
      return true;
    },
    [getContext],
  );

  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const api = useMemo<CommandsApi>(
    () => ({ getContext, run, openPalette }),
    [getContext, run, openPalette],
  );

  // The palette lists what is enabled when it opens (palette.open itself is not, then).
  const paletteCommands = useMemo(() => {
    if (!paletteOpen) return [];
    const ctx = getContext();
    return COMMANDS.filter((command) => command.isEnabled(ctx));
  }, [paletteOpen, getContext]);

  useCommandShortcuts({ run, active: !paletteOpen });

  return (
    <CommandsContext value={api}>
      <FocusStyles />
      {children}
      <CommandPalette
        open={paletteOpen}
        commands={paletteCommands}
        onClose={() => setPaletteOpen(false)}
        onRun={(command) => {
          setPaletteOpen(false);
          // Run once the palette has let go of focus (F6, search focus need the page's).
          setTimeout(() => run(command), 0);
        }}
      />
    </CommandsContext>
  );
}
