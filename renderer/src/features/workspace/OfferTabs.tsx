import { ClockCircleOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Tabs, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactState } from '../../../../shared/domain';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { transcriptQueryOptions } from '../../api/chat/queries';
import { useChatUnread } from '../../state';
import { VISUALLY_HIDDEN } from '../../ui/visually-hidden';
import { customerWaitingSince, longestWaiting } from '../chat/waiting';
import { formatCount, formatDuration } from '../pop/format';
import { useNow } from '../pop/useNow';
import { offerTitle } from './offer-title';
import { useCachedPop } from './use-held-contacts';

/** A chat customer in these states is waiting on this agent for an answer. */
const AWAITING_REPLY: readonly ContactState[] = ['offered', 'active'];

interface OfferTabLabelProps {
  offer: HeldOffer;
  /** Since when the chat customer has waited for a reply (epoch ms), or null. */
  waitingSince: number | null;
  waitsLongest: boolean;
  now: number;
}

function OfferTabLabel({ offer, waitingSince, waitsLongest, now }: OfferTabLabelProps) {
  const { t, i18n } = useTranslation();
  const { t: tChat } = useTranslation('chat');
  const { token } = theme.useToken();
  const pop = useCachedPop(offer);
  const unread = useChatUnread(offer.contact.id);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <span
      data-testid="offer-tab"
      data-contact-id={offer.contact.id}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
    >
      {offer.contact.channel === 'voice' ? <PhoneOutlined /> : <MessageOutlined />}
      <bdi>{offerTitle(offer, pop, t)}</bdi>
      {unread > 0 && (
        <>
          <span
            data-testid="unread-count"
            aria-hidden="true"
            style={{
              minWidth: 18,
              paddingInline: 5,
              borderRadius: 9,
              fontSize: token.fontSizeSM,
              lineHeight: '18px',
              textAlign: 'center',
              color: token.colorTextLightSolid,
              background: token.colorError,
            }}
          >
            {formatCount(unread, locale)}
          </span>
          <span style={VISUALLY_HIDDEN}>{tChat('tabs.unread', { count: unread })}</span>
        </>
      )}
      {waitingSince !== null && (
        <span data-testid="waiting-time" style={{ color: token.colorTextSecondary }}>
          <ClockCircleOutlined />{' '}
          {tChat('tabs.waiting', {
            duration: formatDuration(Math.max(0, Math.floor((now - waitingSince) / 1000)), locale),
          })}
        </span>
      )}
      {waitsLongest && (
        <span data-testid="waiting-longest">
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {tChat('tabs.waitingLongest')}
          </Tag>
        </span>
      )}
    </span>
  );
}

interface OfferTabsProps {
  offers: readonly HeldOffer[];
  activeId: string;
  onSelect: (contactId: string) => void;
}

/**
 * How long each chat customer has waited for a reply, from the transcripts (fetched here for
 * chats not yet opened, so their tabs know too), and who has waited longest.
 */
function useChatWaits(offers: readonly HeldOffer[]) {
  const chats = offers.filter(
    (offer) => offer.contact.channel === 'chat' && AWAITING_REPLY.includes(offer.contact.state),
  );
  const transcripts = useQueries({
    queries: chats.map((offer) => transcriptQueryOptions(offer.contact.id)),
  });
  const waits = chats.map((offer, index) => {
    const items = transcripts[index]?.data?.items;
    return {
      contactId: offer.contact.id,
      since: items === undefined ? null : customerWaitingSince(items),
    };
  });
  return {
    since: new Map(waits.map((wait) => [wait.contactId, wait.since])),
    longest: longestWaiting(waits),
  };
}

/**
 * One tab per held contact; shown only when there is more than one. Each says how many of its
 * customer's messages are unread and, for a chat, how long the customer has waited for a reply;
 * the customer who has waited longest is marked.
 */
export function OfferTabs({ offers, activeId, onSelect }: OfferTabsProps) {
  const { t } = useTranslation();
  const waits = useChatWaits(offers);
  const now = useNow(1_000);
  return (
    <Tabs
      aria-label={t('workspace.contacts')}
      activeKey={activeId}
      onChange={onSelect}
      items={offers.map((offer) => ({
        key: offer.contact.id,
        label: (
          <OfferTabLabel
            offer={offer}
            waitingSince={waits.since.get(offer.contact.id) ?? null}
            waitsLongest={waits.longest === offer.contact.id}
            now={now}
          />
        ),
      }))}
      // The tabs hold no panels (the contact below is the content): no gap under the strip.
      styles={{ header: { marginBottom: 0 } }}
      style={{ paddingInline: 16, marginBottom: 0 }}
    />
  );
}
