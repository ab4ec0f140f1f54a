import { useTranslation } from 'react-i18next';
import type { Claim, CustomerProfile, Policy } from '../../../../shared/schemas/customer';
import { ClaimList } from './ClaimList';
import { PanelCard } from './PanelCard';
import { PolicyList } from './PolicyList';
import { ProfileFacts } from './ProfileFacts';
import { ProfileHeader } from './ProfileHeader';
import { useNow } from './useNow';
import { useOpenClaims } from './useOpenClaims';

export interface ProfilePanelProps {
  customer: CustomerProfile;
  policies: readonly Policy[];
  claims: readonly Claim[];
}

/** Who the customer is, what they hold and which claims are still moving. */
export function ProfilePanel({ customer, policies, claims }: ProfilePanelProps) {
  const { t } = useTranslation('pop');
  const now = useNow();
  const open = useOpenClaims(claims, now);
  return (
    <PanelCard testId="panel-profile" title={t('panel.profile')}>
      <ProfileHeader customer={customer} />
      {/* What may have prompted the call comes before the details the agent must not re-ask. */}
      <PolicyList policies={policies} />
      <ClaimList claims={open} />
      <ProfileFacts customer={customer} />
    </PanelCard>
  );
}
