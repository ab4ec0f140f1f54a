import { Alert, App, Button, Flex, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleAgent } from '../../../../shared/schemas/console';
import type { LeadSetAgentState } from '../../../../shared/schemas/console-actions';
import { CHOOSABLE_AWAY_REASONS } from '../workspace/use-presence-toggle';
import { useSetAgentState } from './use-console-actions';

/** What a lead may set: available, or away for one of the reasons an agent would give. */
const CHOICES = ['available', ...CHOOSABLE_AWAY_REASONS] as const;
type Choice = (typeof CHOICES)[number];

const requestOf = (choice: Choice): LeadSetAgentState =>
  choice === 'available' ? { state: 'available' } : { state: 'away', reason: choice };

interface AgentStateDialogProps {
  /** The agent whose state is being set; null when the dialog is closed. */
  agent: ConsoleAgent | null;
  onClose: () => void;
}

function AgentStateForm({ agent, onClose }: { agent: ConsoleAgent; onClose: () => void }) {
  const { t } = useTranslation('console');
  const { message } = App.useApp();
  const mutation = useSetAgentState();
  const [choice, setChoice] = useState<Choice | null>(null);
  const label = (value: Choice) =>
    value === 'available'
      ? t('setState.available')
      : t('setState.away', { reason: t(`presence.reason.${value}`, { ns: 'workspace' }) });
  const submit = () => {
    if (choice === null) return;
    mutation.mutate(
      { agentId: agent.agentId, request: requestOf(choice) },
      {
        onSuccess: () => {
          void message.success(
            t('setState.done', { name: agent.displayName, state: label(choice) }),
          );
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('setState.title', { name: agent.displayName })}
      onCancel={onClose}
      footer={null}
    >
      <form
        data-testid="agent-state-dialog"
        data-agent-id={agent.agentId}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Flex vertical gap={12}>
          <Radio.Group
            aria-label={t('setState.choice')}
            value={choice}
            onChange={(event) => setChoice(event.target.value as Choice)}
          >
            <Flex vertical gap={6}>
              {CHOICES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  data-testid="agent-state-option"
                  data-value={value}
                  disabled={value === 'available' && agent.state === 'available'}
                >
                  {label(value)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          {mutation.isError && (
            <Alert
              type="error"
              showIcon
              data-testid="agent-state-error"
              title={t('setState.failed', { message: mutation.error.message })}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('setState.cancel')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              data-testid="agent-state-confirm"
              disabled={choice === null || mutation.isPending}
              loading={mutation.isPending}
            >
              {t('setState.confirm')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Modal>
  );
}

/** A lead sets an agent available or away (with a reason) → POST /console/agents/:id/state. */
export function AgentStateDialog({ agent, onClose }: AgentStateDialogProps) {
  // Keyed by agent: a fresh choice and no stale error for each agent.
  return agent === null ? null : (
    <AgentStateForm key={agent.agentId} agent={agent} onClose={onClose} />
  );
}
