import { AimOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskContribution } from '../../../../shared/schemas/risk';
import type { Touchpoint } from '../../../../shared/schemas/touchpoint';
import { plainList } from '../pop/styles';
import { useTimelineJumpContext } from '../pop/timeline-jump';
import { useFormat } from '../pop/useFormat';
import { useRiskWords } from './useRiskWords';

interface RiskContributionsProps {
  contributions: readonly RiskContribution[];
  /** The touchpoints the pop has loaded, to name evidence by its time. */
  touchpoints: readonly Touchpoint[];
}

/** Each signal's points, its facts, and the touchpoints that show it (a click jumps there). */
export function RiskContributions({ contributions, touchpoints }: RiskContributionsProps) {
  const { t } = useTranslation('risk');
  const words = useRiskWords();
  const format = useFormat();
  const jump = useTimelineJumpContext();
  const loadedAt = useMemo(
    () => new Map(touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.occurredAt])),
    [touchpoints],
  );
  const ranked = useMemo(
    () => [...contributions].sort((a, b) => b.points - a.points),
    [contributions],
  );
  return (
    <ul style={{ ...plainList, gap: 6 }}>
      {ranked.map((contribution, index) => {
        const points = format.count(Math.round(contribution.points));
        const facts = words.facts(contribution.facts, null);
        const { evidence } = contribution;
        return (
          <li
            key={`${contribution.signal}-${String(index)}`}
            data-testid="risk-contribution"
            data-signal={contribution.signal}
          >
            <Flex justify="space-between" gap={8} align="baseline">
              <Typography.Text strong>{words.signalName(contribution.signal)}</Typography.Text>
              <Typography.Text
                data-testid="risk-points"
                aria-label={t('contributions.pointsLabel', { points })}
              >
                {t('contributions.points', { points })}
              </Typography.Text>
            </Flex>
            {facts.length > 0 && (
              <Typography.Text
                type="secondary"
                data-testid="risk-contribution-facts"
                style={{ display: 'block', overflowWrap: 'anywhere', fontSize: 12 }}
              >
                {facts.join(t('sentence.factSeparator'))}
              </Typography.Text>
            )}
            {jump !== null && evidence.length > 0 && (
              <Flex wrap gap={4}>
                {evidence.map((touchpointId, n) => {
                  const at = loadedAt.get(touchpointId);
                  const label = t('contributions.evidenceItem', {
                    n: n + 1,
                    total: evidence.length,
                  });
                  return (
                    <Button
                      key={touchpointId}
                      type="link"
                      size="small"
                      icon={<AimOutlined />}
                      aria-label={label}
                      title={label}
                      data-testid="risk-evidence"
                      data-touchpoint-id={touchpointId}
                      onClick={() => jump.jumpTo(touchpointId)}
                      style={{ paddingInline: 0, height: 'auto' }}
                    >
                      {at === undefined ? t('contributions.evidence') : format.dateTime(at)}
                    </Button>
                  );
                })}
              </Flex>
            )}
          </li>
        );
      })}
    </ul>
  );
}
