import { LinkOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_ATTACHMENTS_MAX, chatAttachmentSchema } from '../../../../shared/schemas/chat';
import { useAddChatDraftAttachment, useChatDraftAttachments } from '../../state';

type FieldErrors = Partial<Record<'url' | 'name', string>>;

/** A blank name becomes the link's last path segment, else its host. */
function nameFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    return last === undefined ? parsed.host : decodeURIComponent(last);
  } catch {
    return '';
  }
}

interface AttachmentLinkFormProps {
  contactId: string;
  disabled: boolean;
}

/** "Add link": a document-store link (http/https) and the name the customer sees. */
export function AttachmentLinkForm({ contactId, disabled }: AttachmentLinkFormProps) {
  const { t } = useTranslation('chat');
  const attachments = useChatDraftAttachments(contactId);
  const addAttachment = useAddChatDraftAttachment();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const full = attachments.length >= CHAT_ATTACHMENTS_MAX;

  const close = () => {
    setOpen(false);
    setUrl('');
    setName('');
    setErrors({});
  };

  const submit = () => {
    const trimmedUrl = url.trim();
    const parsed = chatAttachmentSchema.safeParse({
      url: trimmedUrl,
      name: name.trim() || nameFromUrl(trimmedUrl),
    });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setErrors({
        ...(fields.has('url') ? { url: t('attachment.invalidUrl') } : {}),
        ...(fields.has('name') ? { name: t('attachment.invalidName') } : {}),
      });
      return;
    }
    addAttachment(contactId, parsed.data);
    close();
  };

  if (!open) {
    return (
      <Button
        data-testid="chat-attach"
        icon={<LinkOutlined />}
        disabled={disabled || full}
        title={full ? t('attachment.limit', { max: CHAT_ATTACHMENTS_MAX }) : undefined}
        onClick={() => setOpen(true)}
      >
        {t('attachment.add')}
      </Button>
    );
  }

  return (
    <Form
      layout="vertical"
      component="div"
      data-testid="attachment-form"
      style={{ flex: 1 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <Flex gap={8} wrap align="start">
        <Form.Item
          label={t('attachment.url')}
          validateStatus={errors.url ? 'error' : ''}
          help={errors.url}
          style={{ flex: 2, minWidth: 200, marginBottom: 8 }}
        >
          <Input
            data-testid="attachment-url"
            dir="ltr"
            inputMode="url"
            autoFocus
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            onPressEnter={submit}
          />
        </Form.Item>
        <Form.Item
          label={t('attachment.name')}
          validateStatus={errors.name ? 'error' : ''}
          help={errors.name}
          style={{ flex: 1, minWidth: 140, marginBottom: 8 }}
        >
          <Input
            data-testid="attachment-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onPressEnter={submit}
          />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" size="small" data-testid="attachment-confirm" onClick={submit}>
          {t('attachment.confirm')}
        </Button>
        <Button size="small" onClick={close}>
          {t('attachment.cancel')}
        </Button>
      </Flex>
    </Form>
  );
}
