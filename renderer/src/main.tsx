import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { AppRoot } from './app/AppRoot';
import { createQueryClient } from './app/query-client';
import { createI18n } from './i18n/create-i18n';
import { initialLanguage } from './i18n/use-active-language';
import { LocaleProvider } from './i18n/LocaleProvider';
import { CompactPop } from './platform/CompactPop';
import { getDesktopApi, resolveGatewayUrl } from './platform/desktop-bridge';
import { listenToDesktop } from './platform/desktop-inbox';
import { syncDesktopSession } from './platform/desktop-session';
import { appStore } from './state';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root');
  const desktop = getDesktopApi();
  if (desktop !== null && new URLSearchParams(window.location.search).get('view') === 'pop') {
    // The compact pop window: no session, no gateway, only what main tells it.
    const i18n = createI18n(initialLanguage(appStore.getState().language));
    createRoot(container).render(
      <StrictMode>
        <LocaleProvider i18n={i18n}>
          <CompactPop desktop={desktop} />
        </LocaleProvider>
      </StrictMode>,
    );
    return;
  }
  await resolveGatewayUrl();
  if (desktop !== null) listenToDesktop(desktop);
  await syncDesktopSession(appStore);
  const i18n = createI18n(initialLanguage(appStore.getState().language));
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} i18n={i18n}>
        <AppRoot />
      </AppProviders>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error('[firebreak] start-up failed', error);
  document.body.textContent = `Firebreak could not start: ${error instanceof Error ? error.message : String(error)}`;
});
