import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatAttachmentSchema, type ChatAttachment } from '../../../shared/schemas/chat';

interface LinkAttachmentFieldsProps {
  disabled: boolean;
  onAttach: (attachment: ChatAttachment) => void;
  onClose: () => void;
}

/** A link's address and name; its name defaults to the host when left blank. */
export function LinkAttachmentFields({ disabled, onAttach, onClose }: LinkAttachmentFieldsProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);

  const attach = () => {
    const address = url.trim();
    let fallbackName = address;
    try {
      fallbackName = new URL(address).host || address;
    } catch {
      // Invalid: the schema below says so.
    }
    const parsed = chatAttachmentSchema.safeParse({
      url: address,
      name: name.trim() || fallbackName.slice(0, 200),
    });
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    onAttach(parsed.data);
    setUrl('');
    setName('');
    setInvalid(false);
  };

  return (
    <div
      data-testid="chat-link-fields"
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
    >
      <Space.Compact style={{ width: '100%' }}>
        <Input
          type="url"
          aria-label={t('link.url')}
          placeholder={t('link.url')}
          data-testid="chat-link-url"
          status={invalid ? 'error' : undefined}
          disabled={disabled}
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
          onPressEnter={attach}
        />
        <Input
          aria-label={t('link.name')}
          placeholder={t('link.name')}
          data-testid="chat-link-name"
          maxLength={200}
          disabled={disabled}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={attach}
        />
        <Button data-testid="chat-link-attach" disabled={disabled} onClick={attach}>
          {t('link.attach')}
        </Button>
        <Button onClick={onClose}>{t('link.cancel')}</Button>
      </Space.Compact>
      {invalid && (
        <Typography.Text type="danger" role="alert">
          {t('link.invalidUrl')}
        </Typography.Text>
      )}
    </div>
  );
}
