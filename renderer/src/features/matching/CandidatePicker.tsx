import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import { CandidateList } from './CandidateList';
import { LinkErrorAlert } from './LinkErrorAlert';
import { useLinkCustomer } from './use-link-customer';

export interface CandidatePickerProps {
  contactId: string;
  candidates: readonly CustomerCandidate[];
  onSearchInstead: () => void;
}

/** Several customers share the caller's number: the agent verifies and picks one. */
export function CandidatePicker({ contactId, candidates, onSearchInstead }: CandidatePickerProps) {
  const { t } = useTranslation('matching');
  const link = useLinkCustomer(contactId);
  return (
    <Card
      size="small"
      data-testid="match-candidates"
      title={t('many', { count: candidates.length })}
      extra={
        <Button type="link" size="small" data-testid="match-search-instead" onClick={onSearchInstead}>
          {t('searchInstead')}
        </Button>
      }
      style={{ margin: 8 }}
    >
      <Typography.Paragraph type="secondary">{t('manyHint')}</Typography.Paragraph>
      <LinkErrorAlert error={link.error} style={{ marginBottom: 8 }} />
      <CandidateList
        candidates={candidates}
        rowTestId={() => 'match-candidate'}
        buttonTestId={(id) => `match-pick-${id}`}
        linkingId={link.isPending ? link.variables : null}
        onLink={(id) => link.mutate(id)}
      />
    </Card>
  );
}
