import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { navigatorLanguages } from '../i18n/languages';
import { loadChatSession } from './chat-session';
import { CustomerChatApp } from './CustomerChatApp';
import { createCustomerI18n, initialCustomerLanguage } from './customer-i18n';

/** Entry of `customer.html`, the page the gateway serves at `/chat/`. */
function start(): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('customer.html has no #root');
  const resumed = loadChatSession(window.sessionStorage);
  const language = initialCustomerLanguage(
    window.location.search,
    resumed?.language ?? null,
    navigatorLanguages(),
  );
  createRoot(container).render(
    <StrictMode>
      <CustomerChatApp i18n={createCustomerI18n(language)} initialLanguage={language} />
    </StrictMode>,
  );
}

try {
  start();
} catch (error) {
  console.error('[customer-chat] start-up failed', error);
  document.body.textContent = `The chat could not start: ${error instanceof Error ? error.message : String(error)}`;
}
