import type { QueryClient } from '@tanstack/react-query';
import type { ConsoleBoard } from '../../../../shared/schemas/console';
import type { ConsoleAlert } from '../../../../shared/schemas/console-alerts';
import { consoleKeys } from './keys';

/**
 * An alert as the gateway now has it (the answer to an acknowledgement) into the cached board,
 * so it moves to the acknowledged ones at once; the next pushed board confirms it.
 */
export function applyConsoleAlert(queryClient: QueryClient, alert: ConsoleAlert): void {
  queryClient.setQueryData<ConsoleBoard>(consoleKeys.board(), (board) =>
    board === undefined
      ? undefined
      : { ...board, alerts: board.alerts.map((known) => (known.id === alert.id ? alert : known)) },
  );
}
