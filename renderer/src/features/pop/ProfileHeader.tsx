import { GiftOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIER_ENTITLEMENTS } from '../../../../shared/domain';
import type { CustomerProfile } from '../../../../shared/schemas/customer';
import { isEntitlementKey, TEXT_VALUES, TIER_COLOR } from './presentation';
import { plainList } from './styles';

/** Name, tier and what the tier entitles the customer to, phrased as things to offer. */
export function ProfileHeader({ customer }: { customer: CustomerProfile }) {
  const { t } = useTranslation('pop');
  return (
    <header>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="customer-name">
          <bdi>{customer.name}</bdi>
        </Typography.Title>
        <Tag color={TIER_COLOR[customer.tier]} data-testid="tier" data-tier={customer.tier}>
          {t(`tier.${customer.tier}`)}
        </Tag>
      </Flex>
      <ul style={{ ...plainList, flexDirection: 'row', flexWrap: 'wrap', gap: 4, marginBlock: 6 }}>
        {TIER_ENTITLEMENTS[customer.tier].map((key) => (
          <li key={key} data-testid="entitlement">
            <Tag color="success" icon={<GiftOutlined />} style={{ marginInlineEnd: 0 }}>
              {t('profile.offer', {
                item: isEntitlementKey(key) ? t(`entitlement.${key}`) : key,
                ...TEXT_VALUES,
              })}
            </Tag>
          </li>
        ))}
      </ul>
    </header>
  );
}
