import { Flex, Tag, theme, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Policy } from '../../../../shared/schemas/customer';
import { PAYMENT_STATUS_COLOR, POLICY_STATUS_COLOR } from './presentation';
import { plainList, sectionTitle } from './styles';
import { useFormat } from './useFormat';

/** A policy about to be cancelled is the first thing to save on this call. */
function usePendingCancellationStyle(): CSSProperties {
  const { token } = theme.useToken();
  return {
    background: token.colorErrorBg,
    borderInlineStart: `3px solid ${token.colorError}`,
    paddingInlineStart: 6,
    borderRadius: token.borderRadiusSM,
  };
}

function PolicyItem({ policy, highlight }: { policy: Policy; highlight: CSSProperties }) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const pending = policy.status === 'pending_cancellation';
  return (
    <li data-testid="policy" data-status={policy.status} style={pending ? highlight : undefined}>
      <Flex gap={4} wrap align="center">
        <Tag>{t(`policyLine.${policy.line}`)}</Tag>
        <Typography.Text strong>
          <bdi>{policy.product}</bdi>
        </Typography.Text>
        <Tag color={POLICY_STATUS_COLOR[policy.status]} data-testid="policy-status">
          {t(`policyStatus.${policy.status}`)}
        </Tag>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary">
          {t('policies.renewal', { date: format.date(policy.renewalDate) })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('policies.premium', { amount: format.money(policy.premiumMinor) })}
        </Typography.Text>
        <Tag color={PAYMENT_STATUS_COLOR[policy.paymentStatus]} data-testid="payment-status">
          {t(`paymentStatus.${policy.paymentStatus}`)}
          {policy.daysOverdue > 0 &&
            ` · ${t('policies.daysOverdue', { count: policy.daysOverdue })}`}
        </Tag>
      </Flex>
    </li>
  );
}

export function PolicyList({ policies }: { policies: readonly Policy[] }) {
  const { t } = useTranslation('pop');
  const highlight = usePendingCancellationStyle();
  return (
    <section>
      <Typography.Title level={5} style={sectionTitle}>
        {t('policies.title')}
      </Typography.Title>
      {policies.length === 0 ? (
        <Typography.Text type="secondary">{t('policies.empty')}</Typography.Text>
      ) : (
        <ul style={plainList}>
          {policies.map((policy) => (
            <PolicyItem key={policy.id} policy={policy} highlight={highlight} />
          ))}
        </ul>
      )}
    </section>
  );
}
