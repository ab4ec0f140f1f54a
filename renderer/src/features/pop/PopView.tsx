import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../../shared/schemas/customer';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { MatchPanel } from '../matching/MatchPanel';
import { PopPanels } from './PopPanels';
import { usePopBundle } from './usePopBundle';

export interface PopViewProps {
  contact: Contact;
  pop: PopBundle | null;
  candidates: CustomerCandidate[];
}

interface CustomerPopProps {
  customerId: string;
  offered: PopBundle | null;
  contact: Contact;
}

function CustomerPop({ customerId, offered, contact }: CustomerPopProps) {
  const { t } = useTranslation('pop');
  const query = usePopBundle(customerId, offered);
  if (query.data) return <PopPanels bundle={query.data} contact={contact} />;
  if (query.isError) {
    return (
      <Result
        data-testid="pop-error"
        status="error"
        title={t('state.error')}
        extra={
          <Button onClick={() => void query.refetch()} data-testid="pop-retry">
            {t('state.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <div data-testid="pop-loading" aria-busy="true" aria-label={t('state.loading')}>
      <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />
    </div>
  );
}

/**
 * What the agent sees when a contact pops: the customer's profile, complaint trail, journey
 * timeline and scripts, all at once. Without a single matched customer it shows the match.
 */
export function PopView({ contact, pop, candidates }: PopViewProps) {
  const customerId = pop?.customer.id ?? contact.customerId;
  return (
    <div
      data-testid="pop"
      data-contact-id={contact.id}
      data-customer-id={customerId ?? undefined}
      style={{ height: '100%', minHeight: 0 }}
    >
      {customerId === null ? (
        <MatchPanel contact={contact} candidates={candidates} />
      ) : (
        <CustomerPop key={customerId} customerId={customerId} offered={pop} contact={contact} />
      )}
    </div>
  );
}
