import { PhoneOutlined, MessageOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirebreakDesktopApi, OfferAttention } from '../../../shared/ipc';

/**
 * The compact always-on-top pop window's page (`?view=pop`): who is calling, tier and risk, and
 * Accept. It holds no session and talks to no gateway: main tells it the offer, and Accept goes
 * back to main, which has the workspace accept it.
 */
export function CompactPop({ desktop }: { desktop: FirebreakDesktopApi }) {
  const { t } = useTranslation(['common', 'pop', 'risk']);
  const [offer, setOffer] = useState<OfferAttention | null>(null);

  useEffect(() => {
    let live = true;
    const stop = desktop.onCommand((command) => {
      if (command.type === 'offer-changed') setOffer(command.offer);
    });
    desktop
      .currentOffer()
      .then((current) => {
        if (live) setOffer(current);
      })
      .then(() => desktop.rendererReady())
      .catch((error: unknown) => {
        console.warn('[pop] could not read the offer', error);
      });
    return () => {
      live = false;
      stop();
    };
  }, [desktop]);

  if (offer === null) return <div data-testid="compact-pop-empty" />;
  return (
    <Flex
      data-testid="compact-pop"
      data-contact-id={offer.contactId}
      align="center"
      gap="small"
      style={{ padding: 12, height: '100vh', boxSizing: 'border-box' }}
    >
      {offer.channel === 'chat' ? <MessageOutlined /> : <PhoneOutlined />}
      <Flex vertical style={{ flex: '1 1 auto', minWidth: 0 }}>
        <Typography.Text strong ellipsis data-testid="compact-pop-title">
          {offer.notification.title}
        </Typography.Text>
        <Flex gap={4} wrap>
          {offer.tier !== null && (
            <Tag data-testid="compact-pop-tier">{t(`pop:tier.${offer.tier}`)}</Tag>
          )}
          {offer.risk !== null && (
            <Tag
              data-testid="compact-pop-risk"
              color={
                offer.risk.band === 'high'
                  ? 'red'
                  : offer.risk.band === 'medium'
                    ? 'orange'
                    : 'green'
              }
            >
              {t('desktop.riskScore', {
                band: t(`risk:band.${offer.risk.band}`),
                score: offer.risk.score,
              })}
            </Tag>
          )}
        </Flex>
      </Flex>
      <Button
        type="primary"
        data-testid="compact-pop-accept"
        onClick={() => {
          desktop.acceptOffer(offer.contactId).catch((error: unknown) => {
            console.warn('[pop] accept failed', error);
          });
        }}
      >
        {t('desktop.accept')}
      </Button>
    </Flex>
  );
}
