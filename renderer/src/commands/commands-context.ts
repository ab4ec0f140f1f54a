import { createContext, useContext } from 'react';
import type { CommandId } from '../../../shared/commands';
import type { Command, CommandContext } from './command-types';

export interface CommandsApi {
  /** The desktop as a command sees it right now. */
  getContext: () => CommandContext;
  /** Runs the command if it is enabled now; false when it was not. */
  run: (command: Command | CommandId) => boolean;
  openPalette: () => void;
}

export const CommandsContext = createContext<CommandsApi | null>(null);

/** The command runner of the workspace (inside `CommandsProvider`). */
export function useCommands(): CommandsApi {
  const api = useContext(CommandsContext);
  if (api === null) throw new Error('useCommands() outside <CommandsProvider>');
  return api;
}
