import { MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';

/** The strip above a contact: channel, who, queue, urgency, phase, and the actions of the phase. */
export function ContactBar({
  contact,
  inWrapUp,
  children,
}: {
  contact: Contact;
  inWrapUp: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('workspace');
  return (
    <Flex align="center" justify="space-between" gap="small" wrap style={{ padding: '8px 16px' }}>
      <Flex align="center" gap="small" wrap>
        {contact.channel === 'voice' ? <PhoneOutlined /> : <MessageOutlined />}
        <Typography.Text strong>
          <bdi dir="ltr">{contact.fromMasked}</bdi>
        </Typography.Text>
        <Tag aria-label={t('bar.queue')}>{contact.queue}</Tag>
        {contact.urgent && <Tag color="red">{t('bar.urgent')}</Tag>}
        {inWrapUp && (
          <Tag color="gold" data-testid="contact-wrapping-up">
            {t('bar.wrapUp')}
          </Tag>
        )}
      </Flex>
      <Flex align="center" gap="small">
        {children}
      </Flex>
    </Flex>
  );
}
