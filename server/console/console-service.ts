import type { Logger } from 'pino';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import type {
  ConsoleAgents,
  ConsoleBoard,
  ConsoleThresholds,
} from '../../shared/schemas/console.js';
import type { QueueSummary } from '../../shared/schemas/work.js';
import type { Db } from '../db/client.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/db-errors.js';
import {
  acknowledgeAlert,
  loadBoardAlerts,
  raiseAlerts,
  withRaised,
  type StoredAlert,
} from './alert-repository.js';
import { alertKey, escalationAlert, evaluateAlerts, type AlertCandidate } from './alert-rules.js';
import { buildBoard } from './board.js';
import { DayContacts } from './day-contacts.js';
import type { LiveContact } from './live-contacts.js';
import { RebuildPacer } from './rebuild-pacer.js';

export interface ConsoleServiceDeps {
  db: Db;
  log: Logger;
  queues: () => Omit<QueueSummary, 'waiting'>[];
  agents: () => AgentStatus[];
  /** Chats the agent may hold at once (their own setting, else the lead's default). */
  chatCapacity: (agentId: string) => number;
  /** Service level, ACW limit (the lead's routing setting), long hold, Diamond wait. */
  thresholds: () => ConsoleThresholds;
  /** Sends the new board to every team lead's desktop, and the agents grid to those showing it. */
  push: (board: ConsoleBoard, agents: ConsoleAgents) => void;
  /** The least time between two rebuilds' starts (default 250 ms: well within a second). */
  coalesceMs?: number;
  now?: () => Date;
}

/** The longest the board's alerts are kept without reading them again. */
const ALERTS_MAX_AGE_MS = 5_000;

/** A time-based alert is checked no sooner than this after the last board (no busy loop). */
const MIN_WAKE_MS = 50;

/**
 * Keeps the team leads' board current: any contact move or presence change asks for a rebuild,
 * paced by rebuild-pacer.ts (one at a time, starts at least `coalesceMs` apart), however many
 * changes came in meanwhile. Each rebuild runs the alert rules, stores what fired, and sets a
 * timer for the next alert the clock alone would raise (a Diamond customer's wait crossing the
 * threshold).
 */
export class ConsoleService {
  private readonly pacer: RebuildPacer;
  private readonly timingListeners = new Set<(timing: BoardTiming) => void>();
  private wake: NodeJS.Timeout | null = null;
  /** The database was unavailable at the last rebuild: the next try, a few seconds later. */
  private retry: NodeJS.Timeout | null = null;
  /**
   * The board's alerts as last read, kept until a raise or an acknowledgement changes them, or
   * ALERTS_MAX_AGE_MS passes (a contact linked to its customer since shows the name).
   */
  private alerts: { version: number; at: number; list: ConsoleAlert[] } | null = null;
  private alertsVersion = 0;
  private closed = false;
  private readonly now: () => Date;
  /** Alerts known to be stored (rule:contact) for live contacts: no insert attempt per rebuild. */
  private raised = new Set<string>();
  /** Customers of live contacts at the last rebuild: a new risk for one of them changes the board. */
  private liveCustomers = new Set<string>();
  /** The day's contacts as of the last rebuild: each rebuild reads what changed since. */
  private readonly day: DayContacts;

  constructor(private readonly deps: ConsoleServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.day = new DayContacts(deps.db);
    const intervalMs = deps.coalesceMs ?? 250;
    this.pacer = new RebuildPacer((requestedAt) => this.flush(requestedAt), {
      intervalMs,
      gatherMs: Math.min(20, intervalMs),
    });
  }

  /** Calls `listener` after each pushed board with how it came about; returns the unsubscribe. */
  onPushed(listener: (timing: BoardTiming) => void): () => void {
    this.timingListeners.add(listener);
    return () => this.timingListeners.delete(listener);
  }

  /** Something on the board changed. */
  touch(): void {
    if (!this.closed) this.pacer.request();
  }

  /** A customer's stored risk changed: the board changes if one of their contacts is live. */
  customerChanged(customerId: string): void {
    if (this.liveCustomers.has(customerId)) this.touch();
  }

  /** The customer used escalation words in a live chat: one alert per contact. */
  async escalationWords(
    contactId: string,
    customerId: string | null,
    words: readonly string[],
  ): Promise<void> {
    const stored = await this.raise([escalationAlert(contactId, customerId, words)]);
    if (stored > 0) this.touch();
  }

  /** A lead acknowledges an alert (idempotent); null when there is no such alert. */
  async acknowledge(
    alertId: string,
    leadId: string,
    origin?: string,
  ): Promise<ConsoleAlert | null> {
    const result = await acknowledgeAlert(this.deps.db, alertId, leadId, this.now(), origin);
    if (result?.changed) {
      this.alertsVersion += 1;
      this.deps.log.info(
        { alertId, leadId, rule: result.alert.rule },
        'console alert acknowledged',
      );
      this.touch();
    }
    return result?.alert ?? null;
  }

  async board(): Promise<ConsoleBoard> {
    return (await this.build()).board;
  }

  /** The agents grid now. */
  async agents(): Promise<ConsoleAgents> {
    return (await this.build()).agents;
  }

  /** The board and agents grid, and how long reading the contacts took. */
  private async build(): Promise<{
    board: ConsoleBoard;
    agents: ConsoleAgents;
    readMs: number;
    live: number;
  }> {
    const started = Date.now();
    const now = this.now();
    const startOfDay = new Date(now);
    startOfDay.setHours(0, 0, 0, 0);
    const thresholds = this.deps.thresholds();
    const { live, contacts, settledToday } = await this.day.read(
      now,
      startOfDay,
      thresholds.serviceLevelSeconds,
    );
    const readMs = Date.now() - started;
    await this.runRules(live, thresholds, now);
    const built = buildBoard({
      queues: this.deps.queues(),
      contacts,
      settledToday,
      agents: this.deps.agents(),
      chatCapacity: this.deps.chatCapacity,
      live,
      alerts: await this.boardAlerts(),
      thresholds,
      now,
      startOfDay,
    });
    return { ...built, readMs, live: live.length };
  }

  /** No more rebuilds; resolves once the one under way (if any) is done with the database. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.wake !== null) clearTimeout(this.wake);
    if (this.retry !== null) clearTimeout(this.retry);
    this.wake = null;
    this.retry = null;
    await this.pacer.close();
  }

  private async runRules(
    live: readonly LiveContact[],
    thresholds: ConsoleThresholds,
    now: Date,
  ): Promise<void> {
    const { fire, nextCheckAt } = evaluateAlerts(live, thresholds, now);
    const byId = new Map(live.map((c) => [c.contactId, c]));
    await this.raise(
      fire.filter((c) => !this.raised.has(alertKey(c))),
      byId,
    );
    // Forget the alerts of contacts that finished (their rows stay until acknowledged).
    this.raised = new Set(
      [...this.raised].filter((key) => byId.has(key.slice(key.indexOf(':') + 1))),
    );
    this.liveCustomers = new Set(
      live.flatMap((c) => (c.customerId === null ? [] : [c.customerId])),
    );
    this.wakeAt(nextCheckAt);
  }

  /** Read again only after they changed: most rebuilds raise nothing. */
  private async boardAlerts(): Promise<ConsoleAlert[]> {
    const at = this.now().getTime();
    const kept = this.alerts;
    if (kept?.version === this.alertsVersion && at - kept.at < ALERTS_MAX_AGE_MS) return kept.list;
    const version = this.alertsVersion;
    const list = await loadBoardAlerts(this.deps.db);
    if (version === this.alertsVersion) this.alerts = { version, at, list };
    return list;
  }

  /**
   * Stores the alerts not stored yet; answers how many were new. `live` (the rebuild's live
   * contacts) lets the board's alerts take the new ones without reading them all again.
   */
  private async raise(
    candidates: readonly AlertCandidate[],
    live?: ReadonlyMap<string, LiveContact>,
  ): Promise<number> {
    if (candidates.length === 0) return 0;
    const before = this.alertsVersion;
    const stored = await raiseAlerts(this.deps.db, candidates, this.now());
    if (stored.length > 0) {
      this.alertsVersion += 1;
      // Only when nothing else changed the alerts while this insert ran (an acknowledgement).
      if (stored.length === candidates.length && before + 1 === this.alertsVersion)
        this.keepRaised(before, stored, live);
    }
    for (const c of candidates) this.raised.add(alertKey(c));
    for (const a of stored)
      this.deps.log.info(
        { rule: a.rule, contactId: a.contactId, detail: a.detail },
        'console alert raised',
      );
    return stored.length;
  }

  /**
   * The board's alerts kept current with the ones just raised, named from their live contacts as
   * loadBoardAlerts names them (the alert's customer, else the name typed). Left to be read again
   * when it cannot tell: the kept list was stale, one was stored before (another gateway node),
   * or its contact is not among `live`.
   */
  private keepRaised(
    before: number,
    stored: readonly StoredAlert[],
    live: ReadonlyMap<string, LiveContact> | undefined,
  ): void {
    const kept = this.alerts;
    if (kept === null || kept.version !== before || live === undefined) return;
    const raised: ConsoleAlert[] = [];
    for (const a of stored) {
      const contact = live.get(a.contactId);
      if (contact === undefined || (a.customerId ?? contact.customerId) !== contact.customerId)
        return;
      raised.push({
        id: a.id,
        rule: a.rule,
        contactId: a.contactId,
        customerId: contact.customerId,
        customerName: contact.customerName,
        tier: contact.tier,
        raisedAt: a.raisedAt.toISOString(),
        detail: a.detail,
        acknowledgedBy: null,
        acknowledgedByName: null,
        acknowledgedAt: null,
      });
    }
    this.alerts = { version: this.alertsVersion, at: kept.at, list: withRaised(kept.list, raised) };
  }

  /** Rebuilds when the clock alone would raise the next alert. */
  private wakeAt(at: Date | null): void {
    if (this.wake !== null) clearTimeout(this.wake);
    this.wake = null;
    if (at === null) return;
    this.wake = setTimeout(
      () => {
        this.wake = null;
        this.touch();
      },
      Math.max(MIN_WAKE_MS, at.getTime() - this.now().getTime()),
    );
    this.wake.unref();
  }

  /** One rebuild, pushed; timed at debug level (how long it waited, read, took in all). */
  private flush(requestedAt: number): Promise<void> {
    const startedAt = Date.now();
    return this.build()
      .then(({ board, agents, readMs, live }) => {
        this.deps.push(board, agents);
        const pushed: BoardTiming = {
          waitedMs: startedAt - requestedAt,
          readMs,
          buildMs: Date.now() - startedAt,
          live,
        };
        this.deps.log.debug(pushed, 'console board pushed');
        for (const listener of this.timingListeners) listener(pushed);
      })
      .catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) {
          this.deps.log.error({ err: error }, 'console board failed');
          return;
        }
        // The leads' board is rebuilt once the database answers again: tried every few seconds.
        this.deps.log.warn({ err: error }, 'console board waits for the database');
        if (this.closed) return;
        this.retry ??= setTimeout(() => {
          this.retry = null;
          this.touch();
        }, DATABASE_RETRY_AFTER_SECONDS * 1000);
        this.retry.unref();
      });
  }
}

/** How a pushed board came about (bench:console prints these). */
export interface BoardTiming {
  /** From the first change it shows to the start of its rebuild. */
  waitedMs: number;
  /** Reading the live and newly finished contacts. */
  readMs: number;
  /** The whole rebuild: reading, alert rules, alerts, building. */
  buildMs: number;
  /** Live contacts on it. */
  live: number;
}
