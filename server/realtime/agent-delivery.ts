import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type {
  DeliveryMeta,
  DeliveryPoint,
  ServerEventName,
  ServerEventPayload,
} from '../../shared/schemas/socket.js';

/** The part of a socket.io socket delivery uses (tests pass a fake). */
export interface DeliverySocket {
  readonly id: string;
  readonly connected: boolean;
  emit(event: string, payload: unknown, meta: DeliveryMeta): unknown;
  disconnect(close?: boolean): unknown;
}

/** Sends one event to every socket of an agent, on every node (a room emit through the adapter). */
export type EmitToAgentRoom = (agentId: string, event: ServerEventName, payload: unknown, meta: DeliveryMeta) => void;

export interface AgentDeliveryOptions {
  emitToRoom: EmitToAgentRoom;
  log: Logger;
  /** An event a desktop has not acknowledged after this long is sent to it again (default 2 s). */
  resendAfterMs?: number;
  /**
   * How long acknowledged events are kept for a desktop that reconnects and asks to resume
   * (default 2 min). Unacknowledged ones are kept at least as long as their socket is connected.
   */
  retainMs?: number;
  /** Events kept per agent at most; past it the oldest go and a lagging desktop starts afresh. */
  maxRetained?: number;
  now?: () => number;
}

interface Entry {
  seq: number;
  event: ServerEventName;
  payload: unknown;
  at: number;
}

interface AgentLog {
  seq: number;
  entries: Entry[];
  /** Sockets of this agent that asked for delivery, by socket id. */
  sockets: Map<string, Tracked>;
}

interface Tracked {
  socket: DeliverySocket;
  /** Every event up to this one is applied on that desktop. */
  acked: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * At-least-once delivery of the events addressed to one agent, exactly once in effect: each
 * event gets the agent's next sequence number and is kept until every desktop of the agent that
 * asked for delivery acknowledged it; a desktop that has not acknowledged within `resendAfterMs`
 * is sent what it lacks again, in order. A desktop that reconnects within the retention window
 * resumes from its last applied event; otherwise (or after a gateway restart: a new `epoch`) it
 * starts afresh from a snapshot (routing re-offers what it holds).
 *
 * The log is this node's memory: with several gateway nodes the sequence of an agent must be kept
 * by the node that routes them (routing is per node today; docs/reliability.md).
 */
export class AgentDelivery {
  readonly epoch = randomUUID();
  private readonly logs = new Map<string, AgentLog>();
  private readonly agentOfSocket = new Map<string, string>();
  private readonly resendAfterMs: number;
  private readonly retainMs: number;
  private readonly maxRetained: number;
  private readonly now: () => number;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: AgentDeliveryOptions) {
    this.resendAfterMs = options.resendAfterMs ?? 2_000;
    this.retainMs = options.retainMs ?? 120_000;
    this.maxRetained = options.maxRetained ?? 1_000;
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.retainMs, 30_000));
    this.sweeper.unref();
  }

  /** Sends an event (already checked against its schema) to the agent's desktops, sequenced. */
  send<E extends ServerEventName>(agentId: string, event: E, payload: ServerEventPayload<E>): void {
    const log = this.logOf(agentId);
    const entry: Entry = { seq: log.seq + 1, event, payload, at: this.now() };
    log.seq = entry.seq;
    log.entries.push(entry);
    this.trim(log);
    this.options.emitToRoom(agentId, event, payload, this.meta(entry.seq));
    for (const tracked of log.sockets.values()) this.arm(tracked, log);
  }

  /**
   * A desktop announced ready and asked for delivery. If it can resume (same epoch, nothing it
   * lacks trimmed), what it lacks is re-sent to it now, in order; otherwise it starts at the
   * current sequence number. Either way the socket is tracked from here on.
   */
  ready(socket: DeliverySocket, agentId: string, resume: DeliveryPoint | null): { epoch: string; seq: number; resumed: boolean } {
    const log = this.logOf(agentId);
    const resumed = resume !== null && this.canResume(log, resume);
    const from = resumed ? resume.seq : log.seq;
    this.forget(socket.id);
    const tracked: Tracked = { socket, acked: from, timer: undefined };
    log.sockets.set(socket.id, tracked);
    this.agentOfSocket.set(socket.id, agentId);
    if (resumed) this.sendMissing(tracked, log);
    return { epoch: this.epoch, seq: log.seq, resumed };
  }

  /** The desktop applied every event up to `point.seq`. */
  ack(socketId: string, point: DeliveryPoint): void {
    const agentId = this.agentOfSocket.get(socketId);
    if (agentId === undefined || point.epoch !== this.epoch) return;
    const log = this.logOf(agentId);
    const tracked = log.sockets.get(socketId);
    if (!tracked) return;
    tracked.acked = Math.max(tracked.acked, Math.min(point.seq, log.seq));
    if (tracked.acked >= log.seq) this.disarm(tracked);
    this.trim(log);
  }

  /** The socket is gone: what it had not acknowledged stays in the log for the retention window. */
  forget(socketId: string): void {
    const agentId = this.agentOfSocket.get(socketId);
    if (agentId === undefined) return;
    this.agentOfSocket.delete(socketId);
    const log = this.logs.get(agentId);
    const tracked = log?.sockets.get(socketId);
    if (!log || !tracked) return;
    this.disarm(tracked);
    log.sockets.delete(socketId);
  }

  /** Events kept and sockets tracked, for the load benchmark and tests. */
  stats(): { agents: number; retained: number; trackedSockets: number; awaitingAck: number } {
    let retained = 0;
    let awaitingAck = 0;
    for (const log of this.logs.values()) {
      retained += log.entries.length;
      for (const tracked of log.sockets.values()) if (tracked.acked < log.seq) awaitingAck++;
    }
    return { agents: this.logs.size, retained, trackedSockets: this.agentOfSocket.size, awaitingAck };
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const log of this.logs.values()) for (const tracked of log.sockets.values()) this.disarm(tracked);
  }

  private meta(seq: number): DeliveryMeta {
    return { epoch: this.epoch, seq };
  }

  private logOf(agentId: string): AgentLog {
    let log = this.logs.get(agentId);
    if (!log) {
      log = { seq: 0, entries: [], sockets: new Map() };
      this.logs.set(agentId, log);
    }
    return log;
  }

  /** Same run, not ahead of us, and every event after the point still kept. */
  private canResume(log: AgentLog, point: DeliveryPoint): boolean {
    if (point.epoch !== this.epoch || point.seq > log.seq) return false;
    if (point.seq === log.seq) return true;
    const first = log.entries[0];
    return first !== undefined && first.seq <= point.seq + 1;
  }

  private arm(tracked: Tracked, log: AgentLog): void {
    if (tracked.timer !== undefined || tracked.acked >= log.seq) return;
    tracked.timer = setTimeout(() => {
      tracked.timer = undefined;
      if (!tracked.socket.connected) return;
      // Only what has had its chance: a newer event is probably on its way back as an ack.
      this.sendMissing(tracked, log, this.now() - this.resendAfterMs);
    }, this.resendAfterMs);
    tracked.timer.unref();
  }

  private disarm(tracked: Tracked): void {
    clearTimeout(tracked.timer);
    tracked.timer = undefined;
  }

  /**
   * Re-sends, in order, every kept event the desktop has not acknowledged (sent at or before
   * `sentBy`, when given); then waits again.
   */
  private sendMissing(tracked: Tracked, log: AgentLog, sentBy = Infinity): void {
    if (tracked.acked >= log.seq) return;
    const first = log.entries[0];
    if (first === undefined || first.seq > tracked.acked + 1) {
      // What it lacks was trimmed (it lagged past maxRetained): it reconnects and starts afresh.
      this.options.log.warn({ socketId: tracked.socket.id, acked: tracked.acked }, 'desktop lagged past the delivery log; resyncing it');
      tracked.socket.disconnect(true);
      return;
    }
    for (const entry of log.entries) {
      if (entry.at > sentBy) break;
      if (entry.seq > tracked.acked) tracked.socket.emit(entry.event, entry.payload, this.meta(entry.seq));
    }
    this.arm(tracked, log);
  }

  /**
   * Drops what no connected desktop still needs and is past the retention window, and anything
   * past `maxRetained`.
   */
  private trim(log: AgentLog): void {
    let floor = log.seq;
    for (const tracked of log.sockets.values()) floor = Math.min(floor, tracked.acked);
    const cutoff = this.now() - this.retainMs;
    const entries = log.entries;
    let drop = 0;
    while (drop < entries.length) {
      const entry = entries[drop] as Entry;
      const tooMany = entries.length - drop > this.maxRetained;
      if (!tooMany && (entry.seq > floor || entry.at > cutoff)) break;
      drop++;
    }
    if (drop > 0) entries.splice(0, drop);
  }

  private sweep(): void {
    for (const log of this.logs.values()) this.trim(log);
  }
}
