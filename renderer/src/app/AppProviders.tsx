import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { OutboxProvider } from '../outbox/OutboxProvider';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import type { SocketFactory } from '../realtime/socket';

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: i18n;
  /** Defaults to socket.io; tests pass a fake. */
  socketFactory?: SocketFactory;
  children: ReactNode;
}

/** Everything a screen needs around it: server cache, language, antd, realtime, the outbox. */
export function AppProviders({ queryClient, i18n, socketFactory, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider i18n={i18n}>
        <RealtimeProvider {...(socketFactory ? { socketFactory } : {})}>
          <OutboxProvider>{children}</OutboxProvider>
        </RealtimeProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
