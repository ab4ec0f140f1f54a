import type { ConsoleAgents, ConsoleBoard } from '../../shared/schemas/console.js';
import {
  emitToLeads,
  emitToWatchers,
  watchedOnThisNode,
  type GatewayIo,
} from '../realtime/socket-server.js';
import { BoardStream } from './board-stream.js';

/**
 * The console's pushes: each board to the team leads (the first whole, then patches, see
 * board-stream.ts), and the agents grid to the leads showing it. `latest()` is the last board
 * pushed, whole, for a desktop that cannot apply a patch (`console.resync`).
 */
export function leadsPush(io: GatewayIo) {
  const stream = new BoardStream();
  return {
    push(board: ConsoleBoard, agents: ConsoleAgents): void {
      const { board: whole, patch } = stream.next(board);
      if (patch === null) emitToLeads(io, 'console.board', whole);
      else emitToLeads(io, 'console.board-patch', patch);
      // Checked and encoded only when a lead shows the grid (500 agents, at every board).
      if (watchedOnThisNode(io, 'console.agents')) emitToWatchers(io, 'console.agents', agents);
    },
    latest: () => stream.latest(),
  };
}
