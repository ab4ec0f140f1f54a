/**
 * Applying a pushed board patch (`console.board-patch`) to the board a desktop holds. The gateway
 * makes patches (server/console/board-stream.ts); this is the other half, kept beside the schema
 * so both runtimes agree on what a patch means.
 */
import type {
  BoardVersion,
  ConsoleBoard,
  ConsoleBoardPatch,
  RowsPatch,
} from './schemas/console.js';

const sameVersion = (a: BoardVersion | undefined, b: BoardVersion): boolean =>
  a !== undefined && a.stream === b.stream && a.seq === b.seq;

/**
 * The rows after the patch, or null when the patch does not fit them (a changed row or an id
 * in the order that the rows do not have). Unchanged rows stay the same objects, so a view
 * memoized on its row draws only the changed ones; an untouched list is returned as it was.
 */
export function patchRows<Row>(
  rows: readonly Row[],
  patch: RowsPatch<Row>,
  idOf: (row: Row) => string,
): Row[] | null {
  if (patch.changed.length === 0 && patch.order === undefined) return rows as Row[];
  const changed = new Map(patch.changed.map((row) => [idOf(row), row]));
  if (patch.order === undefined) {
    let replaced = 0;
    const next = rows.map((row) => {
      const update = changed.get(idOf(row));
      if (update === undefined) return row;
      replaced += 1;
      return update;
    });
    return replaced === changed.size ? next : null;
  }
  const known = new Map(rows.map((row) => [idOf(row), row]));
  const next: Row[] = [];
  for (const id of patch.order) {
    const row = changed.get(id) ?? known.get(id);
    if (row === undefined) return null;
    next.push(row);
  }
  return next;
}

/**
 * The board the patch turns `board` into, or null when `board` is not the patch's base (the
 * desktop missed a push, or holds a board fetched on its own): it must then ask for the whole
 * board.
 */
export function applyBoardPatch(
  board: ConsoleBoard | undefined,
  patch: ConsoleBoardPatch,
): ConsoleBoard | null {
  if (board === undefined || !sameVersion(board.version, patch.base)) return null;
  const queues = patchRows(board.queues, patch.queues, (q) => q.id);
  const risk = patchRows(board.risk, patch.risk, (r) => r.contactId);
  const alerts = patchRows(board.alerts, patch.alerts, (a) => a.id);
  if (queues === null || risk === null || alerts === null) return null;
  return {
    version: patch.version,
    generatedAt: patch.generatedAt,
    serviceLevelSeconds: patch.serviceLevelSeconds,
    thresholds: patch.thresholds,
    queues,
    risk,
    riskTotal: patch.riskTotal,
    alerts,
  };
}

export interface BoardFollowerDeps {
  /** The board held now, if any. */
  current: () => ConsoleBoard | undefined;
  /** Holds a new board (a patch applied, or the whole board asked for). */
  hold: (board: ConsoleBoard) => void;
  /** Asks the gateway for the last board it pushed, whole (`console.resync`). */
  resync: () => Promise<ConsoleBoard>;
  /** The whole board could not be had: the next patch asks again. */
  resyncFailed: (error: unknown) => void;
  /** Ask for the whole board when none is held yet, rather than leave it to a fetch. */
  resyncWithoutBoard?: boolean;
}

/**
 * Follows the pushed boards as a desktop holds them: each patch applied to the board held, and
 * when it is not that patch's base, the whole board asked for once, the patches that arrive
 * meanwhile dropped (the answer already holds them). With no board held, patches are ignored
 * (whoever shows the board fetches it first), or with `resyncWithoutBoard` the whole board is
 * asked for.
 */
export class BoardFollower {
  private resyncing = false;

  constructor(private readonly deps: BoardFollowerDeps) {}

  patch(patch: ConsoleBoardPatch): void {
    const current = this.deps.current();
    if (this.resyncing || (current === undefined && this.deps.resyncWithoutBoard !== true)) return;
    const next = applyBoardPatch(current, patch);
    if (next !== null) {
      this.deps.hold(next);
      return;
    }
    this.resyncing = true;
    this.deps
      .resync()
      .then((board) => this.deps.hold(board), this.deps.resyncFailed)
      .finally(() => {
        this.resyncing = false;
      });
  }
}
