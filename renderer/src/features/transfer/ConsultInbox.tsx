import { CommentOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgent } from '../../state';
import { otherParty } from './ConsultDrawer';
import { ConsultComposer } from './ConsultComposer';
import { ConsultThread } from './ConsultThread';
import { useConsultInbox } from './use-consult-inbox';

/** Colleagues' questions about contacts they hold, answered from the header. */
export function ConsultInbox() {
  const { t } = useTranslation('transfer');
  const me = useAgent();
  const myId = me?.id ?? null;
  const threads = useConsultInbox();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Badge count={threads.length} size="small">
        <Button
          data-testid="consult-inbox"
          icon={<CommentOutlined />}
          aria-label={t('consult.inbox')}
          onClick={() => setOpen(true)}
        >
          {t('consult.inbox')}
        </Button>
      </Badge>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('consult.inboxTitle')} size={420}>
        {threads.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consult.inboxEmpty')} />
        ) : (
          <Flex vertical gap={24}>
            {threads.map(({ contactId, messages }) => (
              <section
                key={contactId}
                data-testid="consult-inbox-thread"
                data-contact-id={contactId}
              >
                <Typography.Text strong>{t('consult.about', { id: contactId })}</Typography.Text>
                <ConsultThread messages={messages} myId={myId} />
                <ConsultComposer contactId={contactId} toAgentId={otherParty(messages, myId)} />
              </section>
            ))}
          </Flex>
        )}
      </Drawer>
    </>
  );
}
