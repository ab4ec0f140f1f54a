/**
 * `renderWithProviders`: renders UI inside the real app providers (query cache, i18n, antd,
 * realtime connector) with a fresh QueryClient (`retry: false`), a reset store and a fake socket.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { StrictMode, type ReactElement } from 'react';
import type { Agent, LoginResponse } from '../../shared/schemas/auth';
import { AppProviders } from '../../renderer/src/app/AppProviders';
import { createI18n } from '../../renderer/src/i18n/create-i18n';
import { initialLanguage } from '../../renderer/src/i18n/use-active-language';
import { setGatewayUrl } from '../../renderer/src/platform/desktop-bridge';
import { appStore, resetStore, type AppData } from '../../renderer/src/state';
import {
  createFakeSocketFactory,
  type FakeSocketFactory,
  type FakeSocketOptions,
} from './fake-socket';

export const TEST_GATEWAY_URL = 'http://gateway.test';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export function anAgent(overrides: Partial<Agent> = {}): Agent {
  return {
    id: 'agent-1',
    username: 'lin.mei',
    displayName: 'Lin Mei',
    role: 'specialist',
    queues: ['claims', 'complaints'],
    ...overrides,
  };
}

/** What sign-in (or a refresh) answers: an access token for an hour, a session for twelve. */
export function aLogin(overrides: Partial<LoginResponse> = {}): LoginResponse {
  return {
    sessionId: 'session-1',
    token: 'test-token',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'test-refresh-token',
    refreshExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    agent: anAgent(),
    ...overrides,
  };
}

/** Store data of a signed-in agent whose access token lasts another hour. */
export function signedInState(agent: Agent = anAgent()): Partial<AppData> {
  const { sessionId, token, expiresAt, refreshToken, refreshExpiresAt } = aLogin();
  return { sessionId, token, expiresAt, refreshToken, refreshExpiresAt, agent };
}

export interface RenderWithProvidersOptions {
  queryClient?: QueryClient;
  /** Store data to start from (after a reset), e.g. `signedInState()` or `{language: 'fa'}`. */
  state?: Partial<AppData>;
  socket?: FakeSocketOptions;
}

export interface RenderWithProvidersResult extends RenderResult {
  user: UserEvent;
  queryClient: QueryClient;
  i18n: i18n;
  sockets: FakeSocketFactory;
}

export function renderWithProviders(
  ui: ReactElement,
  options: RenderWithProvidersOptions = {},
): RenderWithProvidersResult {
  resetStore();
  if (options.state) appStore.setState(options.state);
  setGatewayUrl(TEST_GATEWAY_URL);
  const queryClient = options.queryClient ?? createTestQueryClient();
  const sockets = createFakeSocketFactory(options.socket);
  const i18n = createI18n(initialLanguage(appStore.getState().language));
  const user = userEvent.setup({ delay: null });
  // StrictMode as in main.tsx: effects mount, unmount and mount again, as they must survive.
  const result = render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n} socketFactory={sockets.factory}>
        {ui}
      </AppProviders>
    </StrictMode>,
  );
  return { ...result, user, queryClient, i18n, sockets };
}
