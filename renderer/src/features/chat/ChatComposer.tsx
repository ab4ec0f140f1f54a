import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX } from '../../../../shared/schemas/chat';
import type { Contact } from '../../../../shared/schemas/contact';
import { AttachmentLinkForm } from './AttachmentLinkForm';
import { CannedReplyPicker, cannedOptionId } from './CannedReplyPicker';
import { DraftAttachments } from './DraftAttachments';
import { useComposer } from './use-composer';

/** Where the agent writes: draft, `/` canned replies, links, counter, send. */
export function ChatComposer({ contact }: { contact: Contact }) {
  const { t } = useTranslation('chat');
  const inputRef = useRef<TextAreaRef>(null);
  const composer = useComposer(contact, inputRef);
  const { enabled, text, overBy, send, picker } = composer;
  const ids = { list: useId(), reason: useId(), counter: useId(), problem: useId() };
  const reason = contact.state === 'active' ? null : t(`disabled.${contact.state}`);
  const problem =
    overBy > 0
      ? t('composer.overLimit', { count: overBy, max: CHAT_TEXT_MAX })
      : composer.emptyRefused
        ? t('composer.invalid')
        : null;
  const describedBy = [reason && ids.reason, ids.counter, problem && ids.problem]
    .filter(Boolean)
    .join(' ');

  return (
    <Flex vertical gap={8} data-testid="chat-composer" style={{ padding: '8px 12px' }}>
      {reason !== null && (
        <div id={ids.reason} data-testid="composer-disabled">
          <Alert type="info" showIcon title={reason} />
        </div>
      )}
      <DraftAttachments contactId={contact.id} disabled={!enabled} />
      <div style={{ position: 'relative' }}>
        {picker.open && (
          <CannedReplyPicker picker={picker} listId={ids.list} onPick={composer.pick} />
        )}
        <Input.TextArea
          ref={inputRef}
          data-testid="chat-input"
          data-contact-id={contact.id}
          aria-label={t('composer.label')}
          aria-describedby={describedBy}
          aria-invalid={overBy > 0}
          aria-autocomplete="list"
          aria-expanded={picker.open}
          aria-controls={picker.open ? ids.list : undefined}
          aria-activedescendant={
            picker.open && picker.options.length > 0
              ? cannedOptionId(ids.list, picker.active)
              : undefined
          }
          dir="auto"
          placeholder={enabled ? t('composer.placeholder') : undefined}
          // Grows with its text in CSS (no measuring on every keystroke), from 2 to 8 lines.
          style={{
            fieldSizing: 'content',
            minHeight: 'calc(2lh + 10px)',
            maxHeight: 'calc(8lh + 10px)',
            resize: 'none',
          }}
          disabled={!enabled}
          value={text}
          onChange={composer.onChange}
          onKeyDown={composer.onKeyDown}
          onSelect={composer.onSelect}
        />
      </div>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <AttachmentLinkForm contactId={contact.id} disabled={!enabled} />
        <Flex align="center" gap={12}>
          <Typography.Text
            id={ids.counter}
            data-testid="chat-counter"
            type={overBy > 0 ? 'danger' : 'secondary'}
          >
            {t('composer.counter', { count: text.length, max: CHAT_TEXT_MAX })}
          </Typography.Text>
          <Button
            type="primary"
            data-testid="chat-send"
            icon={<SendOutlined />}
            disabled={!composer.canSend}
            onClick={composer.submit}
          >
            {t('composer.send')}
          </Button>
        </Flex>
      </Flex>
      {problem !== null && (
        <div id={ids.problem} data-testid="chat-problem">
          <Alert type="error" showIcon title={problem} />
        </div>
      )}
      {send.isError && (
        <div data-testid="chat-send-error">
          <Alert
            type="error"
            showIcon
            title={t('composer.sendFailed', { message: send.error.message })}
            description={t('composer.sendFailedHint')}
          />
        </div>
      )}
    </Flex>
  );
}
