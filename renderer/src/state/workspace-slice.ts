import type { AgentStatus } from '../../../shared/schemas/auth';
import type { AppSliceCreator } from './types';

/** `ready` only once the gateway has acknowledged `agent.ready`. */
export type ConnectionStatus = 'offline' | 'connecting' | 'ready';

/**
 * What the workspace shows: the contacts the agent holds, the pre-emption worklist, or (team
 * leads and admins only) the console, or one customer opened by a deep link (`viewedCustomerId`).
 */
export type WorkspaceView = 'contacts' | 'worklist' | 'console' | 'customer';

export interface WorkspaceSlice {
  activeContactId: string | null;
  connection: ConnectionStatus;
  /** The agent's presence as the gateway last reported it. */
  presence: AgentStatus | null;
  view: WorkspaceView;
  /** The customer the `customer` view shows (a firebreak://customer/ID link). */
  viewedCustomerId: string | null;
  setActiveContact: (contactId: string | null) => void;
  setConnection: (connection: ConnectionStatus) => void;
  setPresence: (presence: AgentStatus) => void;
  setView: (view: WorkspaceView) => void;
  /** Shows one customer's story without a contact (a softphone or CRM handed them over). */
  openCustomer: (customerId: string) => void;
}

export const initialWorkspace = {
  activeContactId: null,
  connection: 'offline',
  presence: null,
  view: 'contacts',
  viewedCustomerId: null,
} satisfies Pick<
  WorkspaceSlice,
  'activeContactId' | 'connection' | 'presence' | 'view' | 'viewedCustomerId'
>;

export const createWorkspaceSlice: AppSliceCreator<WorkspaceSlice> = (set) => ({
  ...initialWorkspace,
  setActiveContact: (activeContactId) => set({ activeContactId }),
  setConnection: (connection) => set({ connection }),
  setPresence: (presence) => set({ presence }),
  setView: (view) => set({ view }),
  openCustomer: (customerId) => set({ view: 'customer', viewedCustomerId: customerId }),
});
