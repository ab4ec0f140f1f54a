/**
 * Keeps every customer's complaint risk current as data arrives: touchpoints, claim and promise
 * changes, chat messages, rules edits. Rescoring = read the customers' facts (one statement per
 * batch), run the pure engine, store the assessments (one statement), bring worklist entries in
 * line, and tell the desktops showing them. The pop only reads the stored assessment.
 *
 * Everything goes through one queue drained by one loop, in batches: a customer is never scored
 * twice at once, and a burst of events for one customer collapses into one rescore.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify as stableStringify } from 'safe-stable-stringify';
import { and, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { RiskAssessment, WorklistItem } from '../../shared/schemas/risk.js';
import type { Db } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/db-errors.js';
import { claims, customers, promises } from '../db/schema.js';
import { customerRisk } from '../db/schema-preemption.js';
import { assessRisk } from './engine/assess.js';
import type { RiskInput } from './engine/types.js';
import { loadRiskInputs, type LoadedCustomer, type ShownRisk } from './risk-input.js';
import type { RulesStore } from './rules-store.js';
import { syncWorklist } from './worklist-repository.js';

export interface RiskServiceDeps {
  db: Db;
  log: Logger;
  rules: RulesStore;
  clock?: () => Date;
  /** A customer's assessment changed (the gateway pushes it to desktops showing them). */
  onRiskChanged?: (customerId: string, risk: RiskAssessment) => void;
  /** A worklist item was added, refreshed or withdrawn. */
  onWorklistChanged?: (item: WorklistItem) => void;
}

/** Customers read and written per statement. */
const BATCH = 25;
/** While the database is unavailable, work waits this long before trying again, doubling up to the max. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

type Waiter = (risk: RiskAssessment | null) => void;

/**
 * The parts of an assessment a desktop would show differently. Keys sorted: the stored copy
 * comes back from jsonb with its keys in another order, and that is no change.
 */
export const fingerprint = (r: ShownRisk) =>
  stableStringify([r.score, r.band, r.reason, r.playbooks, r.rulesVersion]);

export class RiskService {
  private readonly clock: () => Date;
  private readonly queue = new Set<string>();
  private readonly waiters = new Map<string, Waiter[]>();
  private draining: Promise<void> | null = null;
  private readonly background = new Set<Promise<unknown>>();
  private backfillAbort: AbortController | null = null;
  private lastSweep: Date | null = null;
  /** Customers in the batch being scored now (they left `queue`). */
  private inFlight = 0;
  private retryMs = 0;
  private readonly stopped = new AbortController();

  constructor(private readonly deps: RiskServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Scores `input` with the rules in force (pure). */
  assess(input: RiskInput, now = this.clock()): RiskAssessment {
    return assessRisk(input, this.deps.rules.rules, now);
  }

  /** Customers waiting to be rescored, the batch being scored included (ingestion backpressures on it). */
  backlog(): number {
    return this.queue.size + this.inFlight;
  }

  /** Queues customers for rescoring in the background; the caller does not wait. */
  enqueue(customerIds: Iterable<string>): void {
    for (const id of customerIds) this.queue.add(id);
    this.kick();
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
      // Customers queued after the loop's last look (e.g. by a waiter it just resolved).
      if (this.queue.size > 0) this.kick();
    });
  }

  /** Rescores one customer (queued like the rest) and resolves with the stored assessment. */
  rescore(customerId: string): Promise<RiskAssessment | null> {
    return new Promise((resolve) => {
      this.waiters.set(customerId, [...(this.waiters.get(customerId) ?? []), resolve]);
      this.enqueue([customerId]);
    });
  }

  /**
   * Scores every customer without a stored assessment, or scored under other rules, in pages.
   * Returns how many were scored.
   */
  async backfill(options: { onProgress?: (done: number) => void; signal?: AbortSignal } = {}): Promise<number> {
    const version = this.deps.rules.rules.version;
    let done = 0;
    let after = '';
    while (!options.signal?.aborted) {
      const rows = await this.deps.db
        .select({ id: customers.id })
        .from(customers)
        .leftJoin(customerRisk, eq(customerRisk.customerId, customers.id))
        .where(
          and(
            or(isNull(customerRisk.customerId), ne(customerRisk.rulesVersion, version)),
            after === '' ? undefined : gt(customers.id, after),
          ),
        )
        .orderBy(customers.id)
        .limit(BATCH * 5);
      if (rows.length === 0) break;
      await Promise.all(rows.map(({ id }) => this.rescore(id)));
      done += rows.length;
      after = rows.at(-1)?.id ?? after;
      options.onProgress?.(done);
    }
    return done;
  }

  /** `backfill` in the background (at start, after a seed, after a rules change); a new call aborts the previous. */
  backfillInBackground(): void {
    this.backfillAbort?.abort();
    const controller = new AbortController();
    this.backfillAbort = controller;
    const task = this.backfillUntilDone(controller.signal)
      .then((n) => {
        if (n > 0) this.deps.log.info({ customers: n, rules: this.deps.rules.rules.version }, 'risk backfill done');
      })
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'risk backfill failed'))
      .finally(() => this.background.delete(task));
    this.background.add(task);
  }

  /** `backfill`, started again (it skips who is done) while the database is unavailable. */
  private async backfillUntilDone(signal: AbortSignal): Promise<number> {
    for (let delay = RETRY_FIRST_MS * 2; ; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      try {
        return await this.backfill({ signal });
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        this.deps.log.warn({ err: error, retryInMs: delay }, 'risk backfill waits for the database');
        if (!(await this.pause(delay, signal))) return 0;
      }
    }
  }

  /** Waits `ms`; false when stopped (or `signal` aborted) meanwhile. */
  private async pause(ms: number, signal?: AbortSignal): Promise<boolean> {
    const abort = signal ? AbortSignal.any([signal, this.stopped.signal]) : this.stopped.signal;
    try {
      await sleep(ms, undefined, { signal: abort, ref: false });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Time alone changes some signals: a claim passes its promised date, a promise falls due, with
   * no new event. Queues the customers whose claim or promise fell due since the last sweep
   * (the first sweep looks back one day). Returns how many were queued.
   */
  async sweepDue(): Promise<number> {
    const now = this.clock();
    const since = this.lastSweep ?? new Date(now.getTime() - 86_400_000);
    const [late, due] = await Promise.all([
      this.deps.db
        .selectDistinct({ id: claims.customerId })
        .from(claims)
        .where(and(isNull(claims.closedAt), gt(claims.promisedAt, since), lte(claims.promisedAt, now))),
      this.deps.db
        .selectDistinct({ id: promises.customerId })
        .from(promises)
        .where(and(eq(promises.status, 'open'), gt(promises.dueAt, since), lte(promises.dueAt, now))),
    ]);
    // Only now: a sweep that failed (the database was down) is covered by the next one.
    this.lastSweep = now;
    const ids = new Set([...late, ...due].map((r) => r.id));
    this.enqueue(ids);
    return ids.size;
  }

  /**
   * Stops background work (shutdown); queued rescores still finish, unless the database is
   * unavailable: then they are given up (logged) rather than holding the shutdown.
   */
  stop(): void {
    this.backfillAbort?.abort();
    this.stopped.abort();
  }

  /** Resolves once the queue is empty and no backfill runs (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.draining || this.background.size > 0) {
      await Promise.all([this.draining, ...this.background]);
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const batch: string[] = [];
      for (const id of this.queue) {
        batch.push(id);
        this.queue.delete(id);
        if (batch.length === BATCH) break;
      }
      let results = new Map<string, RiskAssessment>();
      this.inFlight = batch.length;
      try {
        results = await this.runBatch(batch);
        this.retryMs = 0;
      } catch (error) {
        if (isDatabaseUnavailable(error) && !this.stopped.signal.aborted) {
          // Nobody is dropped: the batch goes back in the queue and is tried again after a pause.
          for (const id of batch) this.queue.add(id);
          this.inFlight = 0;
          this.retryMs = Math.min(this.retryMs === 0 ? RETRY_FIRST_MS : this.retryMs * 2, RETRY_MAX_MS);
          this.deps.log.warn({ err: error, waiting: this.queue.size, retryInMs: this.retryMs }, 'rescoring waits for the database');
          await this.pause(this.retryMs);
          continue;
        }
        this.deps.log.error({ err: error, customerIds: batch }, 'rescore failed');
        if (isDatabaseUnavailable(error)) this.giveUp(); // shutting down with the database gone
      } finally {
        this.inFlight = 0;
      }
      for (const id of batch) {
        const waiting = this.waiters.get(id);
        if (!waiting) continue;
        this.waiters.delete(id);
        for (const resolve of waiting) resolve(results.get(id) ?? null);
      }
    }
  }

  /** Shutdown with the database gone: whoever waits is told "not scored" instead of waiting forever. */
  private giveUp(): void {
    if (this.queue.size > 0) this.deps.log.warn({ customers: this.queue.size }, 'rescoring given up at shutdown');
    this.queue.clear();
    for (const waiting of this.waiters.values()) for (const resolve of waiting) resolve(null);
    this.waiters.clear();
  }

  private async runBatch(ids: readonly string[]): Promise<Map<string, RiskAssessment>> {
    const { db } = this.deps;
    const rules = this.deps.rules.rules;
    const now = this.clock();
    const loaded = await loadRiskInputs(db, ids, now);
    const scored: { id: string; risk: RiskAssessment; loaded: LoadedCustomer }[] = [];
    for (const [id, customer] of loaded) scored.push({ id, risk: assessRisk(customer.input, rules, now), loaded: customer });
    if (scored.length === 0) return new Map();
    await db
      .insert(customerRisk)
      .values(
        scored.map(({ id, risk }) => ({
          customerId: id,
          score: risk.score,
          band: risk.band,
          assessment: risk,
          rulesVersion: risk.rulesVersion,
          computedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: customerRisk.customerId,
        set: {
          score: sql`excluded.score`,
          band: sql`excluded.band`,
          assessment: sql`excluded.assessment`,
          rulesVersion: sql`excluded.rules_version`,
          computedAt: sql`excluded.computed_at`,
        },
      });
    for (const { id, risk, loaded: customer } of scored) {
      const riskChanged = !customer.previous || fingerprint(customer.previous) !== fingerprint(risk);
      const item = await syncWorklist(
        db,
        { risk, customer: customer.input.customer, rules, now, riskChanged },
        customer.worklist,
      );
      if (item) this.deps.onWorklistChanged?.(item);
      if (riskChanged) this.deps.onRiskChanged?.(id, risk);
    }
    return new Map(scored.map(({ id, risk }) => [id, risk]));
  }
}
