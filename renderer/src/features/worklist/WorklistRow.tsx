import {
  ClockCircleOutlined,
  MessageOutlined,
  PhoneOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProactiveAction, WorklistStatus } from '../../../../shared/domain';
import type { WorklistItem } from '../../../../shared/schemas/risk';
import { TIER_COLOR } from '../pop/presentation';
import { useFormat } from '../pop/useFormat';
import { RiskBadge } from '../risk/RiskBadge';
import { RiskSentence } from '../risk/RiskSentence';
import { isConflict, useClaimWorklistItem } from './useWorklist';
import { WorklistOutcomeForm } from './WorklistOutcomeForm';

const ACTION_ICON: Record<ProactiveAction, ReactNode> = {
  callback: <PhoneOutlined />,
  sms: <MessageOutlined />,
  advisor_task: <SolutionOutlined />,
};

const STATUS_COLOR: Record<WorklistStatus, string> = {
  open: 'processing',
  claimed: 'purple',
  done: 'default',
};

interface WorklistRowProps {
  item: WorklistItem;
  /** The signed-in agent's id: their claimed items get the outcome form. */
  agentId: string | null;
  now: number;
}

function ClaimButton({ itemId }: { itemId: string }) {
  const { t } = useTranslation('worklist');
  const claim = useClaimWorklistItem(itemId);
  return (
    <Flex vertical gap={4} align="flex-start">
      <Button
        type="primary"
        size="small"
        data-testid="worklist-claim"
        disabled={claim.isPending}
        loading={claim.isPending}
        onClick={() => claim.mutate(undefined)}
      >
        {t('claim')}
      </Button>
      {claim.isError && (
        <Alert
          type="error"
          showIcon
          data-testid="worklist-claim-error"
          title={
            isConflict(claim.error)
              ? t('claimConflict')
              : t('claimFailed', { message: claim.error.message })
          }
        />
      )}
    </Flex>
  );
}

/** One customer to reach: who, how risky and why, what to do and when, and who has it. */
export function WorklistRow({ item, agentId, now }: WorklistRowProps) {
  const { t } = useTranslation('worklist');
  const format = useFormat();
  const mine = item.claimedBy !== null && item.claimedBy === agentId;
  const quiet = Date.parse(item.notBefore) > now;
  return (
    <li
      data-testid="worklist-item"
      data-item-id={item.id}
      data-status={item.status}
      style={{ paddingBlock: 10, borderBlockEnd: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={6} wrap>
          <Typography.Text strong data-testid="worklist-customer">
            <bdi>{item.customerName}</bdi>
          </Typography.Text>
          <Tag color={TIER_COLOR[item.tier]} data-testid="worklist-tier">
            {t(`tier.${item.tier}`, { ns: 'pop' })}
          </Tag>
          <Tag color={STATUS_COLOR[item.status]} data-testid="worklist-status">
            {t(`status.${item.status}`)}
          </Tag>
        </Flex>
        <RiskBadge score={item.score} band={item.band} size={36} />
      </Flex>
      <Typography.Paragraph style={{ marginBlock: '4px 6px' }}>
        <RiskSentence reason={item.reason} />
      </Typography.Paragraph>
      <Flex align="center" gap={6} wrap>
        <Tag
          icon={ACTION_ICON[item.action]}
          data-testid="worklist-action"
          data-action={item.action}
        >
          {t('suggested', { action: t(`action.${item.action}`) })}
        </Tag>
        {quiet && item.status !== 'done' && (
          <Tag icon={<ClockCircleOutlined />} color="warning" data-testid="worklist-not-before">
            {t('notBefore', { time: format.dateTime(item.notBefore) })}
          </Tag>
        )}
        {item.claimedBy !== null && item.status === 'claimed' && (
          <Typography.Text type="secondary" data-testid="worklist-claimed-by">
            {mine ? t('claimedByMe') : t('claimedByOther', { agent: item.claimedByName ?? item.claimedBy })}
          </Typography.Text>
        )}
      </Flex>
      <div style={{ marginBlockStart: 8 }}>
        {item.status === 'open' && <ClaimButton itemId={item.id} />}
        {item.status === 'claimed' && mine && <WorklistOutcomeForm itemId={item.id} />}
        {item.status === 'done' && item.outcome !== null && (
          <Typography.Text data-testid="worklist-closed">
            {t('closed', { outcome: t(`outcomes.${item.outcome}`) })}
            {item.note !== null && (
              <>
                {' — '}
                <bdi>{item.note}</bdi>
              </>
            )}
          </Typography.Text>
        )}
      </div>
    </li>
  );
}
