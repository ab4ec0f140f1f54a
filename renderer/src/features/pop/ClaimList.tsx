import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../../shared/schemas/customer';
import type { OpenClaim } from './useOpenClaims';
import { CLAIM_STATUS_COLOR } from './presentation';
import { plainList, sectionTitle } from './styles';
import { useFormat } from './useFormat';

function Partners({ claim }: { claim: Claim }) {
  const { t } = useTranslation('pop');
  if (!claim.adjuster && !claim.rescue) return null;
  return (
    <Flex gap={8} wrap>
      {claim.adjuster && (
        <Typography.Text type="secondary" data-testid="claim-adjuster">
          {t('claims.adjuster')}: <bdi>{claim.adjuster.name}</bdi>
        </Typography.Text>
      )}
      {claim.rescue && (
        <Typography.Text type="secondary" data-testid="claim-rescue">
          {t('claims.rescue')}: <bdi>{claim.rescue.name}</bdi>
        </Typography.Text>
      )}
    </Flex>
  );
}

function ClaimItem({ claim, daysLate }: OpenClaim) {
  const { t } = useTranslation('pop');
  const format = useFormat();
  return (
    <li data-testid="claim" data-claim-id={claim.id}>
      <Flex gap={4} wrap align="center">
        <Tag color={CLAIM_STATUS_COLOR[claim.status]}>{t(`claimStatus.${claim.status}`)}</Tag>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          <bdi>{claim.description}</bdi>
        </Typography.Text>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary">
          {t('claims.reported', { date: format.date(claim.reportedAt) })}
        </Typography.Text>
        {claim.promisedAt && (
          <Typography.Text type="secondary">
            {t('claims.promised', { date: format.date(claim.promisedAt) })}
          </Typography.Text>
        )}
        {daysLate > 0 && (
          <Tag color="error" data-testid="claim-late">
            {t('claims.daysLate', { count: daysLate })}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {t('claims.claimed', { amount: format.money(claim.amountClaimedMinor) })}
        </Typography.Text>
      </Flex>
      <Partners claim={claim} />
    </li>
  );
}

export function ClaimList({ claims }: { claims: readonly OpenClaim[] }) {
  const { t } = useTranslation('pop');
  return (
    <section>
      <Typography.Title level={5} style={sectionTitle}>
        {t('claims.title')}
      </Typography.Title>
      {claims.length === 0 ? (
        <Typography.Text type="secondary">{t('claims.empty')}</Typography.Text>
      ) : (
        <ul style={plainList}>
          {claims.map((open) => (
            <ClaimItem key={open.claim.id} {...open} />
          ))}
        </ul>
      )}
    </section>
  );
}
