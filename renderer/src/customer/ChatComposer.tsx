import { LinkOutlined } from '@ant-design/icons';
import { Button, Input, Tag, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHAT_ATTACHMENTS_MAX,
  CHAT_TEXT_MAX,
  chatDraftSchema,
  type ChatAttachment,
  type ChatDraft,
} from '../../../shared/schemas/chat';
import { CUSTOMER_CHAT_ERROR_CODES, CustomerChatError } from './customer-socket';
import { LinkAttachmentFields } from './LinkAttachmentFields';

interface ChatComposerProps {
  disabled: boolean;
  onSend: (draft: ChatDraft) => Promise<unknown>;
  onTyped: () => void;
  onStoppedTyping: () => void;
}

/**
 * The customer's message box. Enter sends, Shift+Enter adds a line; an IME's Enter composes.
 * A draft that fails stays here with the reason; nothing typed is lost.
 */
export function ChatComposer({ disabled, onSend, onTyped, onStoppedTyping }: ChatComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<readonly ChatAttachment[]>([]);
  const [linkOpen, setLinkOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const tooLong = text.length > CHAT_TEXT_MAX;
  const tooLongText = t('composer.tooLong', { count: text.length, max: CHAT_TEXT_MAX });

  const submit = async () => {
    if (disabled || sending) return;
    if (tooLong) {
      setError(tooLongText);
      return;
    }
    const parsed = chatDraftSchema.safeParse({ text: text.trim(), attachments: [...attachments] });
    if (!parsed.success) {
      if (text.trim() !== '' || attachments.length > 0) setError(t('composer.empty'));
      return;
    }
    onStoppedTyping();
    setSending(true);
    setError(null);
    try {
      await onSend(parsed.data);
      setText('');
      setAttachments([]);
    } catch (failure) {
      const offline =
        failure instanceof CustomerChatError && failure.code === CUSTOMER_CHAT_ERROR_CODES.offline;
      const reason = failure instanceof Error ? failure.message : String(failure);
      setError(offline ? t('composer.offline') : t('composer.failed', { message: reason }));
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };

  const shownError = tooLong ? tooLongText : error;
  const hasContent = text.trim() !== '' || attachments.length > 0;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 16 }}>
      {disabled && <Typography.Text type="secondary">{t('composer.disabled')}</Typography.Text>}
      {attachments.length > 0 && (
        <div
          data-testid="chat-draft-attachments"
          style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
        >
          {attachments.map((attachment, index) => (
            <Tag
              key={`${attachment.url}#${index}`}
              icon={<LinkOutlined />}
              closable={!disabled}
              closeIcon={<span aria-label={t('link.remove', { name: attachment.name })}>×</span>}
              onClose={() => setAttachments((current) => current.filter((_, i) => i !== index))}
            >
              {attachment.name}
            </Tag>
          ))}
        </div>
      )}
      {linkOpen && !disabled && (
        <LinkAttachmentFields
          disabled={attachments.length >= CHAT_ATTACHMENTS_MAX}
          onAttach={(attachment) => {
            setAttachments((current) => [...current, attachment]);
            setError(null);
          }}
          onClose={() => setLinkOpen(false)}
        />
      )}
      {linkOpen && attachments.length >= CHAT_ATTACHMENTS_MAX && (
        <Typography.Text type="secondary">
          {t('link.limit', { max: CHAT_ATTACHMENTS_MAX })}
        </Typography.Text>
      )}
      <Input.TextArea
        data-testid="chat-input"
        aria-label={t('composer.label')}
        placeholder={t('composer.placeholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        disabled={disabled}
        status={tooLong ? 'error' : undefined}
        aria-invalid={tooLong}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '') onStoppedTyping();
          else onTyped();
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Text
          data-testid="chat-counter"
          type={tooLong ? 'danger' : 'secondary'}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {t('composer.counter', { count: text.length, max: CHAT_TEXT_MAX })}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        <Button
          icon={<LinkOutlined />}
          data-testid="chat-link-toggle"
          disabled={disabled || linkOpen}
          onClick={() => setLinkOpen(true)}
        >
          {t('link.add')}
        </Button>
        <Button
          type="primary"
          data-testid="chat-send"
          disabled={disabled || !hasContent}
          loading={sending}
          onClick={() => void submit()}
        >
          {t('composer.send')}
        </Button>
      </div>
      {shownError !== null && (
        <Typography.Text type="danger" role="alert" data-testid="chat-composer-error">
          {shownError}
        </Typography.Text>
      )}
    </div>
  );
}
