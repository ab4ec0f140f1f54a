import type { CDPSession, Page } from 'playwright-core';

/** The messages of one kind a page's WebSockets received: how many, and their size in all. */
export interface FrameTally {
  kind: string;
  count: number;
  bytes: number;
}

/**
 * What a socket.io frame is: the event's name for an event (`42["console.board",…]`, also with a
 * namespace or an ack id), else engine.io's packet type (`ping`, `pong`, …).
 */
export function frameKind(payload: string): string {
  const event = /^42(?:\/[^,]*,)?\d*\["((?:[^"\\]|\\.)*)"/.exec(payload);
  if (event?.[1] !== undefined) return event[1];
  const engine = ['open', 'close', 'ping', 'pong', 'message', 'upgrade', 'noop'][Number(payload[0])];
  if (engine === undefined) return 'other';
  // A socket.io packet other than an event: connect, ack, error.
  return engine === 'message' ? `socket.io ${payload.slice(0, 2)}` : engine;
}

/**
 * Counts the WebSocket messages the page receives, by kind (Chrome's Network domain): what the
 * lead's page has to parse and apply while the board updates. Most frequent first.
 */
export async function countSocketFrames(page: Page): Promise<{ stop(): Promise<FrameTally[]> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const tallies = new Map<string, FrameTally>();
  session.on('Network.webSocketFrameReceived', ({ response }) => {
    const kind = frameKind(response.payloadData);
    const tally = tallies.get(kind) ?? { kind, count: 0, bytes: 0 };
    tally.count += 1;
    tally.bytes += response.payloadData.length;
    tallies.set(kind, tally);
  });
  await session.send('Network.enable');
  return {
    async stop() {
      await session.detach();
      return [...tallies.values()].sort((a, b) => b.count - a.count);
    },
  };
}
