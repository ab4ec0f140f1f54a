/** What routing needs from the gateway: the database, the sockets and the hooks it calls. */
import type { Logger } from 'pino';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { CustomerChatStatus } from '../../shared/schemas/chat.js';
import type { ServerEventName, ServerEventPayload } from '../../shared/schemas/socket.js';
import type { RoutingSettings } from '../../shared/schemas/work.js';
import type { Db } from '../db/client.js';
import type { WrittenTouchpoint } from '../pop/timeline.js';
import type { PopContext } from '../pop/pop-repository.js';

export interface RoutedAgent {
  id: string;
  displayName: string;
}

export type EmitToAgent = <E extends ServerEventName>(agentId: string, event: E, payload: ServerEventPayload<E>) => void;

export interface RouterDeps {
  db: Db;
  log: Logger;
  emit: EmitToAgent;
  /** Every agent's presence change, to every desktop (team leads watch them). */
  broadcastStatus: (status: AgentStatus) => void;
  /** A chat's customer page learns who serves them, or that it ended. */
  notifyCustomer: (contactId: string, status: CustomerChatStatus) => void;
  /** New timeline entries for a customer: pushed to desktops, and the customer is rescored. */
  onTimeline: (customerId: string, written: WrittenTouchpoint[]) => void;
  popContext: (agentName: string) => PopContext;
  settings: () => RoutingSettings;
  /** Any contact moved (the team leads' board goes stale). */
  onContactMoved?: () => void;
  /** A contact joined or left a queue (the agents' waiting counts go stale). */
  onWaitingChanged?: () => void;
  /**
   * How long an agent's ringing offers wait for a desktop of theirs to come back after the last
   * one left (a reload), before they go to someone else; 0 rings them out at once.
   */
  reconnectGraceMs?: number;
  /** Routing steps running at once on different agents and contacts (default 16; PostgreSQL's pool holds 20). */
  maxConcurrentSteps?: number;
  now?: () => Date;
}
