import { createContext, useCallback, useContext } from 'react';
import type {
  ClientEventName,
  ClientEventRequest,
  ClientEventResponse,
} from '../../../shared/schemas/socket';
import { REALTIME_ERROR_CODES, RealtimeError } from './errors';
import type { RealtimeConnector } from './RealtimeConnector';

/** The running connector while the agent is signed in, else null. */
export const RealtimeContext = createContext<RealtimeConnector | null>(null);

export type RealtimeEmit = <E extends ClientEventName>(
  event: E,
  payload: ClientEventRequest<E>,
) => Promise<ClientEventResponse<E>>;

/** Sends a client event through the connector; rejects with `RealtimeError` when signed out. */
export function useRealtimeEmit(): RealtimeEmit {
  const connector = useContext(RealtimeContext);
  return useCallback<RealtimeEmit>(
    (event, payload) =>
      connector === null
        ? Promise.reject(
            new RealtimeError({ code: REALTIME_ERROR_CODES.offline, message: 'Not connected.' }),
          )
        : connector.emit(event, payload),
    [connector],
  );
}
