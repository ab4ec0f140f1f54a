import type { AgentStatus } from '../../../shared/schemas/auth';
import type { AppSliceCreator } from './types';

/** `ready` only once the gateway has acknowledged `agent.ready`. */
export type ConnectionStatus = 'offline' | 'connecting' | 'ready';

/**
 * What the workspace shows: the contacts the agent holds, the pre-emption worklist, or (team
 * leads and admins only) the console.
 */
export type WorkspaceView = 'contacts' | 'worklist' | 'console';

export interface WorkspaceSlice {
  activeContactId: string | null;
  connection: ConnectionStatus;
  /** The agent's presence as the gateway last reported it. */
  presence: AgentStatus | null;
  view: WorkspaceView;
  setActiveContact: (contactId: string | null) => void;
  setConnection: (connection: ConnectionStatus) => void;
  setPresence: (presence: AgentStatus) => void;
  setView: (view: WorkspaceView) => void;
}

export const initialWorkspace = {
  activeContactId: null,
  connection: 'offline',
  presence: null,
  view: 'contacts',
} satisfies Pick<WorkspaceSlice, 'activeContactId' | 'connection' | 'presence' | 'view'>;

export const createWorkspaceSlice: AppSliceCreator<WorkspaceSlice> = (set) => ({
  ...initialWorkspace,
  setActiveContact: (activeContactId) => set({ activeContactId }),
  setConnection: (connection) => set({ connection }),
  setPresence: (presence) => set({ presence }),
  setView: (view) => set({ view }),
});
