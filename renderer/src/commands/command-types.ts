import type { QueryClient } from '@tanstack/react-query';
import type { AgentState, Language } from '../../../shared/domain';
import type { PopBundle } from '../../../shared/schemas/pop';
import type { HeldOffer } from '../api/contacts/offers-cache';
import type { RealtimeEmit } from '../realtime/realtime-context';
import type { AppStore, ConnectionStatus } from '../state';
import type { CommandDescriptor, CommandId } from '../../../shared/commands';

/** What the UI around a command lends it: the palette and a way to tell the agent something. */
export interface CommandUi {
  openPalette: () => void;
  /** A short message (antd `message`), already translated. */
  notify: (kind: 'success' | 'error', text: string) => void;
  /** Translates a key of the `commands` namespace. */
  translate: (key: string, values?: Record<string, string>) => string;
}

/**
 * A snapshot of the desktop when a command is looked at or run: read from the store and the
 * query cache at that moment, plus the means to act (socket emit, cache, store, UI).
 */
export interface CommandContext {
  offers: readonly HeldOffer[];
  /** The contact on screen: the store's choice, else the first held (as the workspace shows). */
  activeOffer: HeldOffer | null;
  /** The cached pop of the active contact's customer, if it matched one. */
  activePop: PopBundle | null;
  presence: AgentState;
  connection: ConnectionStatus;
  language: Language;
  paletteOpen: boolean;
  queryClient: QueryClient;
  store: AppStore;
  emit: RealtimeEmit;
  ui: CommandUi;
}

export interface Command extends CommandDescriptor {
  id: CommandId;
  isEnabled: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void | Promise<void>;
}
