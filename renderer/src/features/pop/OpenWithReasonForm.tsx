import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenCustomerWithReason } from '../../api/customers/open-with-reason';
import { accessErrorKind } from './access-error';
import { AccessReasonField, useAccessReason } from './AccessReasonField';

/**
 * What the agent sees instead of a customer who is not on one of their contacts: a reason to
 * give. Submitting opens the pop with it (audited on the gateway), which then paints in place.
 */
export function OpenWithReasonForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation('pop');
  const reason = useAccessReason();
  const open = useOpenCustomerWithReason(customerId);
  const titleId = useId();
  return (
    <form
      data-testid="customer-reason-form"
      noValidate
      aria-labelledby={titleId}
      style={{ maxWidth: 520, marginInline: 'auto', padding: 24 }}
      onSubmit={(event) => {
        event.preventDefault();
        const valid = reason.check();
        if (valid !== null) open.mutate(valid);
      }}
    >
      <Flex vertical gap={12}>
        <Typography.Title level={4} id={titleId} style={{ margin: 0 }}>
          <LockOutlined aria-hidden style={{ marginInlineEnd: 8 }} />
          {t('access.openTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>{t('access.openIntro')}</Typography.Paragraph>
        <AccessReasonField
          reason={reason}
          auditNote={t('access.openAudited')}
          testId="customer-reason"
          autoFocus
        />
        {open.isError && (
          <Alert
            type="error"
            showIcon
            data-testid="customer-reason-error"
            title={t(`access.error.${accessErrorKind(open.error)}`)}
          />
        )}
        <Flex justify="flex-end">
          <Button
            type="primary"
            htmlType="submit"
            loading={open.isPending}
            data-testid="customer-reason-submit"
          >
            {t('access.openConfirm')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
