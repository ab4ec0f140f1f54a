import { CrownFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../../shared/domain';
import { TIER_COLOR } from '../pop/presentation';

/** The tier as a tag; Diamond stands out (filled, with a crown), so it is seen at a glance. */
export function TierTag({ tier, testId }: { tier: Tier; testId: string }) {
  const { t } = useTranslation('pop');
  const diamond = tier === 'diamond';
  return (
    <Tag
      data-testid={testId}
      data-tier={tier}
      color={diamond ? 'blue' : TIER_COLOR[tier]}
      variant={diamond ? 'solid' : undefined}
      icon={diamond ? <CrownFilled /> : undefined}
      style={diamond ? { fontWeight: 600 } : undefined}
    >
      {t(`tier.${tier}`)}
    </Tag>
  );
}
