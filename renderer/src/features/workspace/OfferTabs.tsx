import { MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { offerTitle } from './offer-title';
import { useCachedPop } from './use-held-contacts';

function OfferTabLabel({ offer }: { offer: HeldOffer }) {
  const { t } = useTranslation();
  const pop = useCachedPop(offer);
  return (
    <span data-testid="offer-tab" data-contact-id={offer.contact.id}>
      {offer.contact.channel === 'voice' ? <PhoneOutlined /> : <MessageOutlined />}{' '}
      <bdi>{offerTitle(offer, pop, t)}</bdi>
    </span>
  );
}

interface OfferTabsProps {
  offers: readonly HeldOffer[];
  activeId: string;
  onSelect: (contactId: string) => void;
}

/** One tab per held contact; shown only when there is more than one. */
export function OfferTabs({ offers, activeId, onSelect }: OfferTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs
      aria-label={t('workspace.contacts')}
      activeKey={activeId}
      onChange={onSelect}
      items={offers.map((offer) => ({
        key: offer.contact.id,
        label: <OfferTabLabel offer={offer} />,
      }))}
      style={{ paddingInline: 16, marginBottom: 0 }}
    />
  );
}
