import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';
import { useCustomerTyping } from '../../state';
import { ChatComposer } from './ChatComposer';
import { ChatTranscript } from './ChatTranscript';

function CustomerTyping({ contactId }: { contactId: string }) {
  const { t } = useTranslation('chat');
  const typing = useCustomerTyping(contactId);
  // The live region stays; only its content comes and goes, so screen readers announce it.
  return (
    <div aria-live="polite" style={{ minHeight: 22, paddingInline: 12 }}>
      {typing && (
        <Typography.Text type="secondary" italic data-testid="customer-typing">
          {t('customerTyping')}
        </Typography.Text>
      )}
    </div>
  );
}

/** One chat: the whole conversation, whether the customer is typing, and the agent's reply. */
export function ChatPane({ contact }: { contact: Contact }) {
  const { t } = useTranslation('chat');
  return (
    <section
      data-testid="chat-pane"
      data-contact-id={contact.id}
      data-state={contact.state}
      aria-label={t('pane')}
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
    >
      <ChatTranscript contactId={contact.id} />
      <CustomerTyping contactId={contact.id} />
      <ChatComposer contact={contact} />
    </section>
  );
}
