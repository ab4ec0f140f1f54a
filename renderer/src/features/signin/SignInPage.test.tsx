import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { aLogin, anAgent, renderWithProviders } from '../../../../test/setup/renderer-providers';
import { AppRoot } from '../../app/AppRoot';
import { setDesktopKeyStore } from '../../platform/desktop-session';
import { appStore } from '../../state';

/** Click into the field and paste, as an agent with a password manager would. */
async function fillIn(user: UserEvent, testId: string, text: string) {
  await user.click(screen.getByTestId(testId));
  await user.paste(text);
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('sign-in', () => {
  let fetchMock: MockInstance<typeof fetch>;
  beforeEach(() => {
    fetchMock = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => vi.restoreAllMocks());

  it('signs in, connects and shows the workspace with the agent’s name', async () => {
    fetchMock.mockResolvedValue(
      json(200, aLogin({ token: 'fresh-token', agent: anAgent({ displayName: 'Lin Mei' }) })),
    );
    const { user, sockets } = renderWithProviders(<AppRoot />);
    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out');

    await fillIn(user, 'signin-username', 'lin.mei');
    await fillIn(user, 'signin-password', 'correct horse');
    await user.click(screen.getByTestId('signin-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'ready'),
    );
    expect(screen.getByTestId('agent-name')).toHaveTextContent('Lin Mei');
    expect(screen.getByTestId('idle')).toHaveTextContent('Waiting for the next contact');

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://gateway.test/api/v1/auth/login');
    expect(JSON.parse(init?.body as string)).toEqual({
      username: 'lin.mei',
      password: 'correct horse',
    });
    expect(sockets.latest().auth).toEqual({ token: 'fresh-token' });
    // A reload keeps the agent signed in: the session (refresh token too) is in sessionStorage.
    expect(window.sessionStorage.getItem('firebreak:session')).toContain('fresh-token');
    expect(window.sessionStorage.getItem('firebreak:session')).toContain('test-refresh-token');
  });

  it('says the session has ended when the agent was sent back here, until they sign in', async () => {
    fetchMock.mockResolvedValue(json(200, aLogin()));
    const { user } = renderWithProviders(<AppRoot />, { state: { signInNotice: 'session-ended' } });
    expect(screen.getByTestId('signin-session-ended')).toHaveTextContent(
      'Your session has ended. Sign in again to continue.',
    );

    await fillIn(user, 'signin-username', 'lin.mei');
    await fillIn(user, 'signin-password', 'correct horse');
    await user.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(appStore.getState().signInNotice).toBeNull());
  });

  it('shows the gateway’s message when the credentials are wrong', async () => {
    fetchMock.mockResolvedValue(
      json(401, { error: { code: 'unauthorized', message: 'Wrong username or password' } }),
    );
    const { user } = renderWithProviders(<AppRoot />);

    await fillIn(user, 'signin-username', 'lin.mei');
    await fillIn(user, 'signin-password', 'guess');
    await user.click(screen.getByTestId('signin-submit'));

    expect(await screen.findByTestId('signin-error')).toHaveTextContent(
      'Wrong username or password',
    );
    expect(screen.getByTestId('app')).toHaveAttribute('data-app-state', 'signed-out');
    expect(appStore.getState().token).toBeNull();
  });

  it('does not call the gateway with empty fields', async () => {
    const { user } = renderWithProviders(<AppRoot />);
    await user.click(screen.getByTestId('signin-submit'));
    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  describe('the desktop’s key store', () => {
    afterEach(() => setDesktopKeyStore(null));

    it('warns that the agent will sign in again after a restart when the OS has none', () => {
      setDesktopKeyStore('none');
      renderWithProviders(<AppRoot />);
      expect(screen.getByTestId('signin-no-key-store')).toHaveTextContent(
        'will not keep you signed in after it closes',
      );
    });

    it('says nothing when the session is kept by the OS key store, or in a browser', () => {
      setDesktopKeyStore('os');
      const { unmount } = renderWithProviders(<AppRoot />);
      expect(screen.queryByTestId('signin-no-key-store')).toBeNull();
      unmount();
      setDesktopKeyStore(null);
      renderWithProviders(<AppRoot />);
      expect(screen.queryByTestId('signin-no-key-store')).toBeNull();
    });
  });
});
