import type { Logger } from 'pino';
import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ConsoleBoard } from '../../shared/schemas/console.js';
import type { QueueSummary } from '../../shared/schemas/work.js';
import type { Db } from '../db/client.js';
import { buildBoard, loadBoardContacts } from './board.js';

export interface ConsoleServiceDeps {
  db: Db;
  log: Logger;
  queues: () => Omit<QueueSummary, 'waiting'>[];
  agents: () => AgentStatus[];
  /** Sends the new board to every team lead's desktop. */
  push: (board: ConsoleBoard) => void;
  serviceLevelSeconds: number;
  /** Changes within this window go out as one board (default 250 ms: well within a second). */
  coalesceMs?: number;
  now?: () => Date;
}

/**
 * Keeps the team leads' board current: any contact move or presence change marks it stale, and
 * one rebuild goes out within `coalesceMs`, however many changes came in meanwhile.
 */
export class ConsoleService {
  private timer: NodeJS.Timeout | null = null;
  private building: Promise<void> | null = null;
  private stale = false;
  private readonly now: () => Date;

  constructor(private readonly deps: ConsoleServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Something on the board changed. */
  touch(): void {
    this.stale = true;
    if (this.timer !== null || this.building !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.deps.coalesceMs ?? 250);
    this.timer.unref();
  }

  async board(): Promise<ConsoleBoard> {
    const now = this.now();
    const startOfDay = new Date(now);
    startOfDay.setHours(0, 0, 0, 0);
    return buildBoard({
      queues: this.deps.queues(),
      contacts: await loadBoardContacts(this.deps.db, startOfDay),
      agents: this.deps.agents(),
      now,
      startOfDay,
      serviceLevelSeconds: this.deps.serviceLevelSeconds,
    });
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.stale = false;
    this.building = this.board()
      .then((board) => this.deps.push(board))
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'console board failed'))
      .finally(() => {
        this.building = null;
        if (this.stale) this.touch();
      });
  }
}
