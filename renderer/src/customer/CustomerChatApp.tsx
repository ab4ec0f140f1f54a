import { theme } from 'antd';
import type { i18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/domain';
import {
  clearChatSession,
  loadChatSession,
  saveChatSession,
  type FetchLike,
  type StoredChatSession,
} from './chat-session';
import { ChatRoom } from './ChatRoom';
import { CustomerLocaleProvider } from './CustomerLocaleProvider';
import { createCustomerSocketIo, type CustomerSocketFactory } from './customer-socket';
import { StartChatForm } from './StartChatForm';

export interface CustomerChatAppProps {
  i18n: i18n;
  initialLanguage: Language;
  socketFactory?: CustomerSocketFactory;
  fetchImpl?: FetchLike;
  /** Where the chat's token is kept so a reload resumes it (default: sessionStorage). */
  storage?: Storage;
}

const browserFetch: FetchLike = (input, init) => fetch(input, init);

function Page({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <main
      data-app-state="ready"
      style={{
        boxSizing: 'border-box',
        height: '100vh',
        maxWidth: 720,
        margin: '0 auto',
        display: 'flex',
        flexDirection: 'column',
        background: token.colorBgContainer,
        color: token.colorText,
        fontFamily: token.fontFamily,
      }}
    >
      {children}
    </main>
  );
}

/** The customer's chat page: the start form, then the chat (resumed from storage after a reload). */
export function CustomerChatApp({
  i18n,
  initialLanguage,
  socketFactory = createCustomerSocketIo,
  fetchImpl = browserFetch,
  storage = window.sessionStorage,
}: CustomerChatAppProps) {
  const [language, setLanguage] = useState(initialLanguage);
  const [session, setSession] = useState<StoredChatSession | null>(() => loadChatSession(storage));

  const started = (next: StoredChatSession) => {
    saveChatSession(storage, next);
    setSession(next);
  };
  const newChat = () => {
    clearChatSession(storage);
    setSession(null);
  };

  return (
    <CustomerLocaleProvider i18n={i18n} language={language}>
      <Page>
        {session === null ? (
          <div style={{ padding: 24, overflowY: 'auto' }}>
            <StartChatForm
              language={language}
              onLanguageChange={setLanguage}
              onStarted={started}
              fetchImpl={fetchImpl}
            />
          </div>
        ) : (
          <ChatRoom
            key={session.token}
            session={session}
            socketFactory={socketFactory}
            onNewChat={newChat}
          />
        )}
      </Page>
    </CustomerLocaleProvider>
  );
}
