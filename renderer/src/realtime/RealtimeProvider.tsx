import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { getGatewayUrl } from '../platform/desktop-bridge';
import { appStore, useSessionToken } from '../state';
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

/** Runs one `RealtimeConnector` while the agent is signed in; stops it on sign-out. */
export function RealtimeProvider({
  children,
  socketFactory = createSocketIoSocket,
}: RealtimeProviderProps) {
  const token = useSessionToken();
  const queryClient = useQueryClient();
  const connector = useMemo(
    () =>
      token === null
        ? null
        : new RealtimeConnector({
            url: getGatewayUrl(),
            token,
            socketFactory,
            queryClient,
            store: appStore,
          }),
    [token, socketFactory, queryClient],
  );

  useEffect(() => {
    if (connector === null) return;
    connector.start();
    return () => connector.stop();
  }, [connector]);

  useClearCacheOnSignOut(queryClient);

  return <RealtimeContext value={connector}>{children}</RealtimeContext>;
}
