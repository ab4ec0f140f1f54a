import { Card, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchResult } from '../../../../shared/domain';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import { TIER_COLOR } from './presentation';
import { plainList } from './styles';

interface MatchFallbackProps {
  match: MatchResult;
  candidates: readonly CustomerCandidate[];
}

/** No single customer to pop: list the candidates, or say nobody matched. */
export function MatchFallback({ match, candidates }: MatchFallbackProps) {
  const { t } = useTranslation('pop');
  if (match === 'many' && candidates.length > 0) {
    return (
      <Card
        size="small"
        data-testid="match-candidates"
        title={t('match.many', { count: candidates.length })}
        style={{ margin: 8 }}
      >
        <Typography.Paragraph type="secondary">{t('match.manyHint')}</Typography.Paragraph>
        <ul style={plainList}>
          {candidates.map((candidate) => (
            <li key={candidate.id} data-testid="match-candidate" data-customer-id={candidate.id}>
              <Typography.Text strong>
                <bdi>{candidate.name}</bdi>
              </Typography.Text>{' '}
              <Tag color={TIER_COLOR[candidate.tier]}>{t(`tier.${candidate.tier}`)}</Tag>
              <Typography.Text type="secondary">
                <bdi dir="ltr">{candidate.phoneMasked}</bdi> · <bdi>{candidate.city}</bdi>
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Card>
    );
  }
  return (
    <div data-testid="match-none">
      <Result status="warning" title={t('match.none')} subTitle={t('match.noneHint')} />
    </div>
  );
}
