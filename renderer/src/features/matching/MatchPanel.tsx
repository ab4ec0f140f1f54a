import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contact';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import { CandidatePicker } from './CandidatePicker';
import { CustomerSearch } from './CustomerSearch';

export interface MatchPanelProps {
  contact: Contact;
  candidates: readonly CustomerCandidate[];
}

/**
 * The contact has no single customer yet. Several candidates: a picker. None (or none of them
 * is the caller): a search. Linking re-offers the contact with the pop, which replaces this.
 */
export function MatchPanel({ contact, candidates }: MatchPanelProps) {
  const { t } = useTranslation('matching');
  const [searching, setSearching] = useState(false);
  if (contact.match === 'many' && candidates.length > 0 && !searching) {
    return <CandidatePicker contactId={contact.id} candidates={candidates} onSearchInstead={() => setSearching(true)} />;
  }
  const noneMatched = candidates.length === 0;
  return (
    <CustomerSearch
      contactId={contact.id}
      title={noneMatched ? t('none') : t('searchLabel')}
      hint={t('noneHint')}
    />
  );
}
