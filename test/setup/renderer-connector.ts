import type { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { RealtimeConnector } from '../../renderer/src/realtime/RealtimeConnector';
import type { SocketFactory } from '../../renderer/src/realtime/socket';
import { appStore } from '../../renderer/src/state';

export interface TestConnectorOptions {
  socketFactory: SocketFactory;
  queryClient: QueryClient;
  ackTimeoutMs?: number;
  logger?: Pick<Console, 'warn'>;
}

/** A started connector to a fake gateway, for the signed-in agent of `signedInState()`. */
export function startTestConnector(options: TestConnectorOptions): RealtimeConnector {
  const connector = new RealtimeConnector({
    url: 'http://gateway.test',
    sessionId: 'session-1',
    socketFactory: options.socketFactory,
    queryClient: options.queryClient,
    store: appStore,
    ackTimeoutMs: options.ackTimeoutMs ?? 50,
    retryDelayMs: 10,
    logger: options.logger ?? { warn: vi.fn() },
  });
  connector.start();
  return connector;
}
