import { Alert, Button, Flex, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealableField } from '../../../../shared/schemas/customer-access';
import { accessErrorKind } from './access-error';
import { AccessReasonField, useAccessReason } from './AccessReasonField';

export interface RevealReasonDialogProps {
  field: RevealableField;
  /** The field's name as the profile labels it ("ID", "Bank account"). */
  label: string;
  pending: boolean;
  error: Error | null;
  onReveal: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why the agent needs the field unmasked; nothing is sent until the reason passes. */
export function RevealReasonDialog({
  field,
  label,
  pending,
  error,
  onReveal,
  onCancel,
}: RevealReasonDialogProps) {
  const { t } = useTranslation('pop');
  const reason = useAccessReason();
  const submit = () => {
    const valid = reason.check();
    if (valid !== null) onReveal(valid);
  };
  return (
    <Modal open title={t('access.revealTitle', { field: label })} onCancel={onCancel} footer={null}>
      <form
        data-testid="reveal-dialog"
        data-field={field}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Flex vertical gap={12}>
          <AccessReasonField
            reason={reason}
            auditNote={t('access.revealAudited')}
            testId="reveal-reason"
            autoFocus
          />
          {error !== null && (
            <Alert
              type="error"
              showIcon
              data-testid="reveal-error"
              title={t(`access.error.${accessErrorKind(error)}`)}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onCancel} data-testid="reveal-cancel">
              {t('access.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={pending} data-testid="reveal-confirm">
              {t('access.revealConfirm')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Modal>
  );
}
