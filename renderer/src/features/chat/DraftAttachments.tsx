import { LinkOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChatDraftAttachments, useRemoveChatDraftAttachment } from '../../state';

/** The links that go out with the next message; each can be taken off again. */
export function DraftAttachments({
  contactId,
  disabled,
}: {
  contactId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('chat');
  const attachments = useChatDraftAttachments(contactId);
  const remove = useRemoveChatDraftAttachment();
  if (attachments.length === 0) return null;
  return (
    <Flex wrap gap={4} role="list" aria-label={t('attachment.listLabel')}>
      {attachments.map((attachment, index) => (
        <Tag
          // Links may repeat; their place in the list is what the agent removes.
          key={`${index}:${attachment.url}`}
          role="listitem"
          data-testid="draft-attachment"
          icon={<LinkOutlined />}
          closable={
            disabled ? false : { 'aria-label': t('attachment.remove', { name: attachment.name }) }
          }
          onClose={() => remove(contactId, index)}
          title={attachment.url}
        >
          <bdi>{attachment.name}</bdi>
        </Tag>
      ))}
    </Flex>
  );
}
