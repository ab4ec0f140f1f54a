import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../../shared/schemas/customer';
import type { RevealableField } from '../../../../shared/schemas/customer-access';
import { RevealableValue } from './RevealableValue';
import { useFormat } from './useFormat';

const HIGH_CHURN_RISK = 0.5;

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
  // Masked identifiers stay left-to-right even in Persian (see RevealableValue), so masks keep
  // their shape; each can be revealed with a reason. Keyed by customer: a reveal never outlives it.
  const revealable = (field: RevealableField, label: string, masked: string) => (
    <RevealableValue
      key={customer.id}
      customerId={customer.id}
      field={field}
      label={label}
      masked={masked}
    />
  );
  const items: DescriptionsProps['items'] = [
    {
      key: 'phone',
      label: t('profile.phone'),
      children: revealable('phone', t('profile.phone'), customer.phoneMasked),
    },
    {
      key: 'email',
      label: t('profile.email'),
      children: customer.emailMasked
        ? revealable('email', t('profile.email'), customer.emailMasked)
        : none,
    },
    {
      key: 'id',
      label: t('profile.idNumber'),
      children: revealable('idNumber', t('profile.idNumber'), customer.idNumberMasked),
    },
    // Sensitive rows only when something is on file: an empty row would invite a pointless reveal.
    ...(customer.bankAccountMasked === null
      ? []
      : [
          {
            key: 'bankAccount',
            label: t('profile.bankAccount'),
            children: revealable(
              'bankAccount',
              t('profile.bankAccount'),
              customer.bankAccountMasked,
            ),
          },
        ]),
    ...(customer.hasHealthDetails
      ? [
          {
            key: 'healthDetails',
            label: t('profile.healthDetails'),
            // The optional rows above may leave it on either side of a line.
            span: 'filled' as const,
            children: (
              <RevealableValue
                key={customer.id}
                customerId={customer.id}
                field="healthDetails"
                label={t('profile.healthDetails')}
                masked={t('profile.healthOnFile')}
                ltr={false}
              />
            ),
          },
        ]
      : []),
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
      // Ends its line whichever column it falls in (the optional rows above shift it).
      span: 'filled',
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
