import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { getGatewayUrl } from '../platform/desktop-bridge';
import { appStore, useSessionId } from '../state';
import { RealtimeContext } from './realtime-context';
import { RealtimeConnector } from './RealtimeConnector';
import { createSocketIoSocket, type SocketFactory } from './socket';

export interface RealtimeProviderProps {
  children: ReactNode;
  /** Tests inject a fake socket here. */
  socketFactory?: SocketFactory;
}

/** Customer data must not outlive the session that fetched it. */
function useClearCacheOnSignOut(queryClient: QueryClient): void {
  useEffect(
    () =>
      appStore.subscribe((state, previous) => {
        if (previous.token !== null && state.token === null) queryClient.clear();
      }),
    [queryClient],
  );
}

/**
 * Runs one `RealtimeConnector` per session while the agent is signed in (a refreshed access token
 * keeps it: the socket stays up); stops it on sign-out.
 */
export function RealtimeProvider({
  children,
  socketFactory = createSocketIoSocket,
}: RealtimeProviderProps) {
  const sessionId = useSessionId();
  const queryClient = useQueryClient();
  const connector = useMemo(
    () =>
      sessionId === null
        ? null
        : new RealtimeConnector({
            url: getGatewayUrl(),
            sessionId,
            socketFactory,
            queryClient,
            store: appStore,
          }),
    [sessionId, socketFactory, queryClient],
  );

  useEffect(() => {
    if (connector === null) return;
    connector.start();
    return () => connector.stop();
  }, [connector]);

  useClearCacheOnSignOut(queryClient);

  return <RealtimeContext value={connector}>{children}</RealtimeContext>;
}
