import { SignInPage } from '../features/signin/SignInPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { useAnnounceRendererReady } from '../platform/use-announce-renderer-ready';
import { useAppPhase } from '../state';
import { useSessionExpiry } from './use-session-expiry';

/** The root screen. `data-app-state` is the ready marker tests and e2e wait on. */
export function AppRoot() {
  const phase = useAppPhase();
  useSessionExpiry();
  useAnnounceRendererReady();
  return (
    <div data-testid="app" data-app-state={phase}>
      {phase === 'signed-out' ? <SignInPage /> : <WorkspacePage />}
    </div>
  );
}
