import { AuditOutlined } from '@ant-design/icons';
import { Flex, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessReasonSchema } from '../../../../shared/schemas/customer-access';

const MIN_LENGTH = accessReasonSchema.minLength ?? 0;
const MAX_LENGTH = accessReasonSchema.maxLength ?? undefined;

/** The reason being typed, checked with the gateway's own rule before anything is sent. */
export function useAccessReason() {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  return {
    reason,
    invalid,
    change: (value: string) => {
      setReason(value);
      setInvalid(false);
    },
    /** The trimmed reason when it passes `accessReasonSchema`; otherwise marks the field, null. */
    check: (): string | null => {
      const parsed = accessReasonSchema.safeParse(reason);
      setInvalid(!parsed.success);
      return parsed.success ? parsed.data : null;
    },
  };
}

export interface AccessReasonFieldProps {
  reason: ReturnType<typeof useAccessReason>;
  /** What the audit log records of this, e.g. "The reveal is recorded in the audit log". */
  auditNote: string;
  testId: string;
  autoFocus?: boolean;
}

/** A labelled reason input with its rule ("at least 5 characters") and the audit note. */
export function AccessReasonField({
  reason,
  auditNote,
  testId,
  autoFocus,
}: AccessReasonFieldProps) {
  const { t } = useTranslation('pop');
  const id = useId();
  const ruleId = `${id}-rule`;
  const noteId = `${id}-note`;
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id}>
        <Typography.Text strong>{t('access.reasonLabel')}</Typography.Text>
      </label>
      <Input
        id={id}
        data-testid={testId}
        value={reason.reason}
        onChange={(event) => reason.change(event.target.value)}
        maxLength={MAX_LENGTH}
        autoFocus={autoFocus}
        autoComplete="off"
        status={reason.invalid ? 'error' : undefined}
        aria-invalid={reason.invalid}
        aria-describedby={`${ruleId} ${noteId}`}
        placeholder={t('access.reasonPlaceholder')}
      />
      <Typography.Text
        id={ruleId}
        data-testid={`${testId}-rule`}
        type={reason.invalid ? 'danger' : 'secondary'}
        role={reason.invalid ? 'alert' : undefined}
      >
        {t(reason.invalid ? 'access.reasonTooShort' : 'access.reasonRule', { min: MIN_LENGTH })}
      </Typography.Text>
      <Typography.Text id={noteId} type="secondary">
        <AuditOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
        {auditNote}
      </Typography.Text>
    </Flex>
  );
}
