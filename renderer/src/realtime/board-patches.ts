import type { QueryClient } from '@tanstack/react-query';
import { applyBoardPatch } from '../../../shared/console-board-patch';
import type { ConsoleBoard, ConsoleBoardPatch } from '../../../shared/schemas/console';
import { consoleKeys } from '../api/console/keys';

export interface BoardPatchesDeps {
  queryClient: QueryClient;
  /** Asks the gateway for the last board it pushed, whole (`console.resync`). */
  resync: () => Promise<ConsoleBoard>;
  logger: Pick<Console, 'warn'>;
}

/**
 * Keeps the cached team lead's board current from the gateway's patches (`console.board-patch`).
 * A patch applies to the board it was made from; when the cached one is another (fetched on its
 * own, or a push was missed across a reconnect), the whole board is asked for once, and the
 * patches that arrive meanwhile are dropped: the answer already holds them. With no board cached
 * (the console not open since sign-in) patches are ignored; opening it fetches the board.
 */
export class BoardPatches {
  private resyncing = false;

  constructor(private readonly deps: BoardPatchesDeps) {}

  apply(patch: ConsoleBoardPatch): void {
    const { queryClient } = this.deps;
    const current = queryClient.getQueryData<ConsoleBoard>(consoleKeys.board());
    if (this.resyncing || current === undefined) return;
    const next = applyBoardPatch(current, patch);
    if (next !== null) queryClient.setQueryData(consoleKeys.board(), next);
    else this.resync();
  }

  private resync(): void {
    this.resyncing = true;
    this.deps
      .resync()
      .then((board) => this.deps.queryClient.setQueryData(consoleKeys.board(), board))
      .catch((error: unknown) => {
        // The next patch asks again; meanwhile the board on screen says how old it is.
        this.deps.logger.warn('[realtime] console.resync failed', error);
      })
      .finally(() => {
        this.resyncing = false;
      });
  }
}
