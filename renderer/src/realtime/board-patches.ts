import type { QueryClient } from '@tanstack/react-query';
import { BoardFollower } from '../../../shared/console-board-patch';
import type { ConsoleBoard, ConsoleBoardPatch } from '../../../shared/schemas/console';
import { consoleKeys } from '../api/console/keys';

export interface BoardPatchesDeps {
  queryClient: QueryClient;
  /** Asks the gateway for the last board it pushed, whole (`console.resync`). */
  resync: () => Promise<ConsoleBoard>;
  logger: Pick<Console, 'warn'>;
}

/**
 * Keeps the cached team lead's board current from the gateway's patches (`console.board-patch`),
 * as shared/console-board-patch.ts follows them: a patch that does not fit the cached board (one
 * fetched before the first push or from another gateway node, or a push missed across a
 * reconnect) has the whole board asked for once.
 * With no board cached (the console not open since sign-in) patches are ignored; opening it
 * fetches the board.
 */
export class BoardPatches {
  private readonly follower: BoardFollower;

  constructor({ queryClient, resync, logger }: BoardPatchesDeps) {
    this.follower = new BoardFollower({
      current: () => queryClient.getQueryData<ConsoleBoard>(consoleKeys.board()),
      hold: (board) => queryClient.setQueryData(consoleKeys.board(), board),
      resync,
      // The next patch asks again; meanwhile the board on screen says how old it is.
      resyncFailed: (error) => logger.warn('[realtime] console.resync failed', error),
    });
  }

  apply(patch: ConsoleBoardPatch): void {
    this.follower.patch(patch);
  }
}
