/** The test harness's socket side: waiting for a connection, an inbox of events, boards followed. */
import type { Socket } from 'socket.io-client';
import { BoardFollower } from '../../shared/console-board-patch.js';
import type { ConsoleBoard } from '../../shared/schemas/console.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/schemas/socket.js';

export function connected(socket: Socket): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.once('connect', () => {
      resolve();
    });
    socket.once('connect_error', reject);
  });
}

/** Collects a socket's events so a test can take them in order: `next`, `has`, `request`. */
export function inboxOf<Name extends string>(socket: Socket) {
  const inbox = new Map<string, unknown[]>();
  const waiters = new Map<string, ((payload: unknown) => void)[]>();
  const deliver = (event: string, payload: unknown) => {
    const waiting = waiters.get(event)?.shift();
    if (waiting) waiting(payload);
    else inbox.set(event, [...(inbox.get(event) ?? []), payload]);
  };
  socket.onAny(deliver);
  return {
    /** Puts an event in the inbox as if it came over the socket. */
    deliver,
    next: (event: Name, timeoutMs = 5000) =>
      new Promise<never>((resolve, reject) => {
        const queued = inbox.get(event);
        if (queued && queued.length > 0) {
          resolve(queued.shift() as never);
          return;
        }
        const waiter = (payload: unknown) => {
          clearTimeout(timer);
          resolve(payload as never);
        };
        // A wait that timed out stops waiting: the next such event goes to the inbox, not to it.
        const timer = setTimeout(() => {
          waiters.set(
            event,
            (waiters.get(event) ?? []).filter((w) => w !== waiter),
          );
          reject(new Error(`no ${event} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(event, [...(waiters.get(event) ?? []), waiter]);
      }),
    has: (event: Name) => (inbox.get(event)?.length ?? 0) > 0,
    /** Drops received events the test is done with. */
    discard: (event: Name, match: (payload: unknown) => boolean) => {
      inbox.set(
        event,
        (inbox.get(event) ?? []).filter((payload) => !match(payload)),
      );
    },
    request: (event: string, payload: unknown) =>
      new Promise<never>((resolve) => {
        (socket.emit as (e: string, p: unknown, ack: (r: unknown) => void) => void)(
          event,
          payload,
          (r) => {
            resolve(r as never);
          },
        );
      }),
  };
}

/**
 * The board as a lead's desktop holds it: each `console.board-patch` applied to the board before
 * it is also delivered as a `console.board` (the whole board asked for with `console.resync` when
 * one does not apply), so a test reads boards whatever the wire carried.
 */
export function followBoards(
  socket: Socket<ServerToClientEvents, ClientToServerEvents>,
  deliver: (event: 'console.board', board: ConsoleBoard) => void,
) {
  let board: ConsoleBoard | undefined;
  const follower = new BoardFollower({
    current: () => board,
    hold: (next) => {
      board = next;
      deliver('console.board', next);
    },
    resync: async () => {
      const answer = await socket.emitWithAck('console.resync', {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.data;
    },
    resyncFailed: () => undefined, // the test waiting for a board says so
    resyncWithoutBoard: true,
  });
  socket.on('console.board', (whole) => {
    board = whole;
  });
  socket.on('console.board-patch', (patch) => follower.patch(patch));
}
