import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../../shared/schemas/customer';
import { useFormat } from './useFormat';

const HIGH_CHURN_RISK = 0.5;

/** A masked identifier: left-to-right even in Persian, so the mask keeps its shape. */
function Masked({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

function ConsentFlag({ id, label, granted }: { id: string; label: string; granted: boolean }) {
  return (
    <Tag
      data-testid={`consent-${id}`}
      data-granted={String(granted)}
      color={granted ? 'success' : 'default'}
      icon={granted ? <CheckOutlined /> : <CloseOutlined />}
    >
      {label}
    </Tag>
  );
}

/** Contact details, consent and value of the customer, as facts the agent should not re-ask. */
export function ProfileFacts({ customer }: { customer: CustomerProfile }) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  const none = t('profile.none');
  const items: DescriptionsProps['items'] = [
    { key: 'phone', label: t('profile.phone'), children: <Masked>{customer.phoneMasked}</Masked> },
    {
      key: 'email',
      label: t('profile.email'),
      children: customer.emailMasked ? <Masked>{customer.emailMasked}</Masked> : none,
    },
    {
      key: 'id',
      label: t('profile.idNumber'),
      children: <Masked>{customer.idNumberMasked}</Masked>,
    },
    { key: 'city', label: t('profile.city'), children: <bdi>{customer.city}</bdi> },
    {
      key: 'language',
      label: t('profile.language'),
      children: t(`language.${customer.preferredLanguage}`),
    },
    {
      key: 'channel',
      label: t('profile.preferredChannel'),
      children: t(`channel.${customer.preferredChannel}`),
    },
    { key: 'ltv', label: t('profile.ltv'), children: format.money(customer.ltvMinor) },
    {
      key: 'churn',
      label: t('profile.churnRisk'),
      children: (
        <Typography.Text
          data-testid="churn-risk"
          type={customer.churnRisk >= HIGH_CHURN_RISK ? 'danger' : undefined}
          strong={customer.churnRisk >= HIGH_CHURN_RISK}
        >
          {format.percent(customer.churnRisk)}
        </Typography.Text>
      ),
    },
    {
      key: 'since',
      label: t('profile.customerSince'),
      children: format.date(customer.customerSince),
    },
    {
      key: 'advisor',
      label: t('profile.advisor'),
      children: customer.advisorName ? <bdi>{customer.advisorName}</bdi> : none,
    },
    {
      key: 'intermediary',
      label: t('profile.intermediary'),
      span: 2,
      children: customer.intermediary ? <bdi>{customer.intermediary.name}</bdi> : none,
    },
    {
      key: 'consent',
      label: t('profile.consent'),
      span: 2,
      children: (
        <Flex gap={4} wrap>
          <ConsentFlag id="sms" label={t('profile.consentSms')} granted={customer.consent.sms} />
          <ConsentFlag
            id="marketing"
            label={t('profile.consentMarketing')}
            granted={customer.consent.marketing}
          />
          <ConsentFlag
            id="recording"
            label={t('profile.consentRecording')}
            granted={customer.consent.recording}
          />
        </Flex>
      ),
    },
  ];
  return <Descriptions size="small" column={2} items={items} style={{ marginBlockStart: 8 }} />;
}
