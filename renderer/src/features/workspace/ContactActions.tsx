import { CommentOutlined, SwapOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import type { Contact } from '../../../../shared/schemas/contact';
import { useConsultThread } from '../../api/contacts/queries';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { useEndContact } from './use-end-contact';

interface ContactActionsProps {
  contact: Contact;
  onTransfer: () => void;
  onConsult: () => void;
}

/** What the agent can do on a connected contact: consult a colleague, transfer, end. */
export function ContactActions({ contact, onTransfer, onConsult }: ContactActionsProps) {
  const { t } = useTranslation();
  const { t: tTransfer } = useTranslation('transfer');
  const endContact = useEndContact();
  const consults = useConsultThread(contact.id);
  const endHint = useShortcutHint(COMMAND_IDS.contactEnd, t('workspace.endContact'));
  const transferHint = useShortcutHint(COMMAND_IDS.contactTransfer, tTransfer('open'));
  return (
    <>
      <Badge count={consults.length} size="small">
        <Button data-testid="contact-consult" icon={<CommentOutlined />} onClick={onConsult}>
          {tTransfer('consult.open')}
        </Button>
      </Badge>
      <Tooltip title={transferHint.title}>
        <Button
          data-testid="contact-transfer"
          icon={<SwapOutlined />}
          aria-keyshortcuts={transferHint.ariaKeyShortcuts}
          disabled={contact.pendingTransfer !== null}
          onClick={onTransfer}
        >
          {tTransfer('open')}
        </Button>
      </Tooltip>
      <Tooltip title={endHint.title}>
        <Button
          data-testid="contact-end"
          danger
          aria-keyshortcuts={endHint.ariaKeyShortcuts}
          loading={endContact.isPending}
          onClick={() => endContact.mutate(contact.id)}
        >
          {t('workspace.endContact')}
        </Button>
      </Tooltip>
    </>
  );
}
