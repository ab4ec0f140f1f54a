import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import { offerTitle } from './offer-title';
import { useCachedPop } from './use-held-contacts';


/** Tells screen-reader users a contact just popped: the newest offer, politely. */
export function PopAnnouncer({ offers }: { offers: readonly HeldOffer[] }) {
  const { t } = useTranslation();
  const latest = offers.at(-1) ?? null;
  const pop = useCachedPop(latest);
  const text =
    latest === null
      ? ''
      : t('workspace.announce', {
          channel: t(`channel.${latest.contact.channel}`),
          name: offerTitle(latest, pop, t),
        });
  return (
    <div data-testid="pop-announcer" aria-live="polite" aria-atomic="true" style={VISUALLY_HIDDEN}>
      {text}
    </div>
  );
}
