import { SendOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSendConsult } from './use-send-consult';

const TEXT_MAX = 2000;

/** Writes to one colleague about one contact. Enter sends, Shift+Enter breaks the line. */
export function ConsultComposer({
  contactId,
  toAgentId,
}: {
  contactId: string;
  toAgentId: string | null;
}) {
  const { t } = useTranslation('transfer');
  const send = useSendConsult();
  const [text, setText] = useState('');
  const submit = () => {
    const trimmed = text.trim();
    if (trimmed === '' || toAgentId === null) return;
    // Cleared only once sent: a refused message stays in the box.
    send.mutate({ contactId, toAgentId, text: trimmed }, { onSuccess: () => setText('') });
  };
  return (
    <Flex vertical gap={4}>
      <Flex gap={6} align="flex-end">
        <Input.TextArea
          data-testid="consult-input"
          aria-label={t('consult.placeholder')}
          placeholder={t('consult.placeholder')}
          maxLength={TEXT_MAX}
          autoSize={{ minRows: 1, maxRows: 5 }}
          value={text}
          disabled={toAgentId === null}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <Button
          data-testid="consult-send"
          type="primary"
          icon={<SendOutlined />}
          loading={send.isPending}
          disabled={toAgentId === null || text.trim() === ''}
          onClick={submit}
        >
          {t('consult.send')}
        </Button>
      </Flex>
      {send.isError && (
        <Typography.Text type="danger" role="alert" data-testid="consult-error">
          {t('consult.failed', { message: send.error.message })}
        </Typography.Text>
      )}
    </Flex>
  );
}
