/**
 * The rules in force. Loaded at start (a bad file stops the gateway with the line and reason);
 * afterwards the file is watched: a valid edit applies within a second without a restart, an
 * invalid one is logged and reported by `status`, and the previous rules stay in force.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { PreemptionRules, RulesStatus } from '../../shared/schemas/preemption-rules.js';
import { parseRules, RulesFileError, type RulesParseResult } from './rules-file.js';

type Listener = (rules: PreemptionRules) => void;

/** Editors save in bursts (truncate, write, rename); wait for the burst to end. */
const SETTLE_MS = 150;

export class RulesStore {
  private text: string;
  private loadedAt = new Date();
  private lastError: RulesStatus['lastError'] = null;
  private readonly listeners = new Set<Listener>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Serializes reloads and replacements, so two never interleave. */
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private current: PreemptionRules,
    text: string,
    private readonly log: Logger,
  ) {
    this.text = text;
  }

  /** Reads and validates the file; throws RulesFileError naming the line and the reason. */
  static async open(file: string, log: Logger): Promise<RulesStore> {
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw new RulesFileError(file, null, `cannot read the rules file (${(error as Error).message})`);
    });
    const parsed = parseRules(text);
    if (!parsed.ok) throw new RulesFileError(file, parsed.line, parsed.message);
    log.info({ file, version: parsed.rules.version }, 'pre-emption rules loaded');
    return new RulesStore(file, parsed.rules, text, log);
  }

  get rules(): PreemptionRules {
    return this.current;
  }

  get status(): RulesStatus {
    return {
      version: this.current.version,
      loadedAt: this.loadedAt.toISOString(),
      source: this.file,
      lastError: this.lastError,
    };
  }

  /** The file's text as in force (what a team lead edits). */
  get source(): string {
    return this.text;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Watches the file's folder (editors replace files, which a file watch would lose). */
  watch(): void {
    if (this.watcher) return;
    const name = path.basename(this.file);
    this.watcher = watch(path.dirname(this.file), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), SETTLE_MS);
    });
    this.watcher.on('error', (error) => this.log.error({ err: error }, 'rules file watch failed'));
  }

  /** Re-reads the file; applies it if valid and changed. */
  reload(): Promise<RulesParseResult | null> {
    return this.serialize(async () => {
      const text = await readFile(this.file, 'utf8').catch(() => null);
      if (text === null || text === this.text) return null;
      return this.apply(text);
    });
  }

  /**
   * Validates `text` and, if valid, writes it to the file (atomically: a temp file renamed over
   * it) and applies it. An invalid text changes nothing and returns the line and the reason.
   */
  replace(text: string): Promise<RulesParseResult> {
    return this.serialize(async () => {
      const parsed = parseRules(text);
      if (!parsed.ok) return parsed;
      const temp = `${this.file}.${String(process.pid)}.tmp`;
      await writeFile(temp, text, 'utf8');
      await rename(temp, this.file);
      return this.apply(text);
    });
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
  }

  private apply(text: string): RulesParseResult {
    const parsed = parseRules(text);
    if (!parsed.ok) {
      this.lastError = { at: new Date().toISOString(), line: parsed.line, message: parsed.message };
      this.log.warn(
        { file: this.file, line: parsed.line, reason: parsed.message, inForce: this.current.version },
        'pre-emption rules change refused; the previous rules stay in force',
      );
      return parsed;
    }
    this.current = parsed.rules;
    this.text = text;
    this.loadedAt = new Date();
    this.lastError = null;
    this.log.info({ file: this.file, version: parsed.rules.version }, 'pre-emption rules applied');
    for (const listener of this.listeners) listener(parsed.rules);
    return parsed;
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
