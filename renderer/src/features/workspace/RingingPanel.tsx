import { CheckOutlined, CloseOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../../shared/commands';
import type { PopBundle } from '../../../../shared/schemas/pop';
import type { HeldOffer } from '../../api/contacts/offers-cache';
import { useShortcutHint } from '../../commands/shortcut-hint';
import { offerTitle } from './offer-title';
import { RingCountdown } from './RingCountdown';
import { useAcceptContact, useDeclineContact } from './use-answer-contact';

interface RingingPanelProps {
  offer: HeldOffer;
  pop: PopBundle | null;
}

/**
 * A contact waiting for this agent: who, which queue, how urgent, how long until it rings out,
 * and Accept / Decline. The pop stays on screen underneath: the agent reads before answering.
 */
export function RingingPanel({ offer, pop }: RingingPanelProps) {
  const { t } = useTranslation('workspace');
  const { t: tCommon } = useTranslation();
  const { token } = theme.useToken();
  const accept = useAcceptContact();
  const decline = useDeclineContact();
  const acceptHint = useShortcutHint(COMMAND_IDS.contactAccept, t('ringing.accept'));
  const { contact } = offer;
  const who = offerTitle(offer, pop, tCommon);
  const busy = accept.isPending || decline.isPending;
  const title =
    contact.handover !== null && contact.pendingTransfer !== null
      ? t('ringing.warmTitle', { name: contact.handover.fromAgentName })
      : t('ringing.title', { channel: t(`channel.${contact.channel}`) });
  return (
    <section
      data-testid="offer-ringing"
      data-contact-id={contact.id}
      data-urgent={contact.urgent}
      aria-label={t('ringing.label')}
      style={{
        margin: '0 16px 8px',
        padding: '8px 12px',
        borderRadius: token.borderRadiusLG,
        border: `1px solid ${contact.urgent ? token.colorErrorBorder : token.colorInfoBorder}`,
        background: contact.urgent ? token.colorErrorBg : token.colorInfoBg,
      }}
    >
      <Flex align="center" justify="space-between" gap="middle" wrap>
        <Flex align="center" gap="small" wrap>
          {contact.channel === 'voice' ? <PhoneOutlined /> : <MessageOutlined />}
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text data-testid="ringing-who">
            <bdi>{who}</bdi>
            {who !== contact.fromMasked && contact.fromMasked !== '' && (
              <>
                {' '}
                <bdi dir="ltr">({contact.fromMasked})</bdi>
              </>
            )}
          </Typography.Text>
          <Tag data-testid="ringing-queue">{contact.queue}</Tag>
          {contact.urgent && (
            <Tag data-testid="ringing-urgent" color="red">
              {t('ringing.urgent')}
            </Tag>
          )}
          {contact.ringDeadline !== null && <RingCountdown deadline={contact.ringDeadline} />}
        </Flex>
        <Flex gap="small">
          <Tooltip title={acceptHint.title}>
            <Button
              data-testid="contact-accept"
              type="primary"
              icon={<CheckOutlined />}
              aria-keyshortcuts={acceptHint.ariaKeyShortcuts}
              loading={accept.isPending}
              disabled={busy}
              onClick={() => accept.mutate(contact.id)}
            >
              {t('ringing.accept')}
            </Button>
          </Tooltip>
          <Button
            data-testid="contact-decline"
            icon={<CloseOutlined />}
            loading={decline.isPending}
            disabled={busy}
            onClick={() => decline.mutate(contact.id)}
          >
            {t('ringing.decline')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ringing.readFirst')}
      </Typography.Text>
    </section>
  );
}
