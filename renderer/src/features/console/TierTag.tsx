import type { Tier } from '../../../../shared/domain';
import { PlainTag } from '../../ui/PlainTag';
import { CROWN_ICON_MASK } from '../pop/icon-masks';
import { TIER_COLOR } from '../pop/presentation';
import { useConsoleKit } from './console-kit';

const STRONG = { fontWeight: 600 } as const;
const crown = <span className="fb-icon" style={CROWN_ICON_MASK} aria-hidden="true" />;

/**
 * The tier as a tag in a console row; Diamond stands out (filled, with a crown), so it is seen at
 * a glance. A plain tag: the rows that hold it are drawn again at every pushed board.
 */
export function TierTag({ tier, testId }: { tier: Tier; testId: string }) {
  const { words } = useConsoleKit();
  const diamond = tier === 'diamond';
  return (
    <PlainTag
      color={diamond ? 'blue' : TIER_COLOR[tier]}
      solid={diamond}
      icon={diamond ? crown : undefined}
      style={diamond ? STRONG : undefined}
      data={{ 'data-testid': testId, 'data-tier': tier }}
    >
      {words.tier[tier]}
    </PlainTag>
  );
}
