import type { AgentStatus } from '../../../shared/schemas/auth';
import type { AppSliceCreator } from './types';

/** `ready` only once the gateway has acknowledged `agent.ready`. */
export type ConnectionStatus = 'offline' | 'connecting' | 'ready';

export interface WorkspaceSlice {
  activeContactId: string | null;
  connection: ConnectionStatus;
  /** The agent's presence as the gateway last reported it. */
  presence: AgentStatus | null;
  setActiveContact: (contactId: string | null) => void;
  setConnection: (connection: ConnectionStatus) => void;
  setPresence: (presence: AgentStatus) => void;
}

export const initialWorkspace = {
  activeContactId: null,
  connection: 'offline',
  presence: null,
} satisfies Pick<WorkspaceSlice, 'activeContactId' | 'connection' | 'presence'>;

export const createWorkspaceSlice: AppSliceCreator<WorkspaceSlice> = (set) => ({
  ...initialWorkspace,
  setActiveContact: (activeContactId) => set({ activeContactId }),
  setConnection: (connection) => set({ connection }),
  setPresence: (presence) => set({ presence }),
});
