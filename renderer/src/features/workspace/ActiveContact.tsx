import { MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { PopView } from '../pop/PopView';
import { useCachedPop } from './use-held-contacts';
import { useEndContact } from './use-end-contact';

/** The contact on screen: who is calling, the end button, and the customer's pop. */
export function ActiveContact({ offer }: { offer: HeldOffer }) {
  const { t } = useTranslation();
  const pop = useCachedPop(offer);
  const endContact = useEndContact();
  const endHint = useShortcutHint(COMMAND_IDS.contactEnd, t('workspace.endContact'));
  const { contact, candidates } = offer;
  return (
    <section
      data-testid="active-contact"
      data-contact-id={contact.id}
      aria-label={contact.fromMasked}
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <Flex align="center" justify="space-between" gap="small" style={{ padding: '8px 16px' }}>
        <Flex align="center" gap="small">
          {contact.channel === 'voice' ? <PhoneOutlined /> : <MessageOutlined />}
          <Typography.Text strong>
            <bdi dir="ltr">{contact.fromMasked}</bdi>
          </Typography.Text>
          <Tag>{contact.queue}</Tag>
        </Flex>
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
      </Flex>
      <div style={{ flex: 1, minHeight: 0 }}>
        <PopView contact={contact} pop={pop} candidates={candidates} />
      </div>
    </section>
  );
}
