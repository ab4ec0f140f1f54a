import type { TFunction } from 'i18next';
import type { OfferAttention } from '../../../shared/ipc';
import type { PopBundle } from '../../../shared/schemas/pop';
import type { HeldOffer } from '../api/contacts/offers-cache';

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * What Electron main needs to draw attention to a ringing offer, in the agent's language: the
 * OS notification's title ("Incoming call: Wang Fang") and body ("Diamond · High risk (82)").
 * Clipped to the contract's lengths, so a long name can't make main refuse the whole offer.
 */
export function describeOffer(
  offer: HeldOffer,
  pop: PopBundle | null,
  t: TFunction<['common', 'pop', 'risk']>,
): OfferAttention {
  const { contact } = offer;
  const name =
    pop?.customer.name ??
    contact.customerName ??
    (contact.fromMasked || t('workspace.unknownCaller'));
  const tier = pop?.customer.tier ?? null;
  const risk = pop?.risk ? { score: pop.risk.score, band: pop.risk.band } : null;
  const riskText =
    risk === null
      ? t('desktop.notScored')
      : t('desktop.riskScore', { band: t(`risk:band.${risk.band}`), score: risk.score });
  const title = t(
    contact.channel === 'chat' ? 'desktop.offerTitleChat' : 'desktop.offerTitleVoice',
    {
      name,
    },
  );
  const body =
    pop === null
      ? t('desktop.notIdentified')
      : t('desktop.offerBody', {
          tier: tier === null ? '' : t(`pop:tier.${tier}`),
          risk: riskText,
        });
  return {
    contactId: contact.id,
    channel: contact.channel,
    customerName: pop === null && contact.customerName === null ? null : clip(name, 120),
    tier,
    risk,
    reason: null,
    notification: { title: clip(title, 120), body: clip(body, 300) },
  };
}
