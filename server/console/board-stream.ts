import { randomUUID } from 'node:crypto';
import type {
  BoardVersion,
  ConsoleBoard,
  ConsoleBoardPatch,
  RowsPatch,
} from '../../shared/schemas/console.js';

/** One list of the last board, as sent: its ids in order, each row and its JSON. */
interface RowsSeen<Row> {
  order: string[];
  rows: Map<string, { row: Row; text: string }>;
}

/**
 * What changed in a list since it was last seen. A row that is the very object seen last time
 * (the console keeps its alerts between rebuilds) is not serialised again.
 */
function diffRows<Row>(
  seen: RowsSeen<Row> | null,
  rows: readonly Row[],
  idOf: (row: Row) => string,
): { patch: RowsPatch<Row>; seen: RowsSeen<Row> } {
  const next: RowsSeen<Row> = { order: [], rows: new Map() };
  const changed: Row[] = [];
  for (const row of rows) {
    const id = idOf(row);
    const before = seen?.rows.get(id);
    const text = before?.row === row ? before.text : JSON.stringify(row);
    if (before?.text !== text) changed.push(row);
    next.order.push(id);
    next.rows.set(id, { row, text });
  }
  const sameOrder =
    seen !== null &&
    seen.order.length === next.order.length &&
    next.order.every((id, i) => id === seen.order[i]);
  return { patch: sameOrder ? { changed } : { changed, order: next.order }, seen: next };
}

interface BoardSeen {
  board: ConsoleBoard & { version: BoardVersion };
  queues: RowsSeen<ConsoleBoard['queues'][number]>;
  risk: RowsSeen<ConsoleBoard['risk'][number]>;
  alerts: RowsSeen<ConsoleBoard['alerts'][number]>;
}

/**
 * The boards this gateway pushes to the team leads, as a stream: the first whole, each one after
 * as a patch from the one before (what changed: most queues, risk rows and alerts do not between
 * two boards a quarter of a second apart). Each board gets the next version; a desktop applies a
 * patch only to the board it was made from, and otherwise asks for `latest()`.
 */
export class BoardStream {
  /** This gateway run's stream: a desktop's board from another run (or node) never matches. */
  private readonly stream = randomUUID();
  private seq = 0;
  private last: BoardSeen | null = null;

  /** The board to push, versioned, and the patch from the last one (null for the first). */
  next(board: ConsoleBoard): { board: ConsoleBoard; patch: ConsoleBoardPatch | null } {
    this.seq += 1;
    const version = { stream: this.stream, seq: this.seq };
    const versioned = { ...board, version };
    const last = this.last;
    const queues = diffRows(last?.queues ?? null, board.queues, (q) => q.id);
    const risk = diffRows(last?.risk ?? null, board.risk, (r) => r.contactId);
    const alerts = diffRows(last?.alerts ?? null, board.alerts, (a) => a.id);
    this.last = {
      board: versioned,
      queues: queues.seen,
      risk: risk.seen,
      alerts: alerts.seen,
    };
    if (last === null) return { board: versioned, patch: null };
    return {
      board: versioned,
      patch: {
        base: last.board.version,
        version,
        generatedAt: board.generatedAt,
        serviceLevelSeconds: board.serviceLevelSeconds,
        thresholds: board.thresholds,
        riskTotal: board.riskTotal,
        queues: queues.patch,
        risk: risk.patch,
        alerts: alerts.patch,
      },
    };
  }

  /** The last board pushed, whole (what a desktop that cannot apply a patch is sent); null before the first. */
  latest(): ConsoleBoard | null {
    return this.last?.board ?? null;
  }
}
