import { Alert, App, Button, Flex, Modal, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleAgent, RiskBoardEntry } from '../../../../shared/schemas/console';
import { useConsoleAgents } from '../../api/console/queries';
import { useReassign } from './use-console-actions';

const TARGET_ORDER: Record<ConsoleAgent['state'], number> = {
  available: 0,
  on_contact: 1,
  wrap_up: 2,
  away: 3,
  offline: 4,
};

/**
 * Agents the contact can be sent to: signed in and staffed on its queue, available ones first.
 * A busy or away agent is offered it (alone) as soon as they can take it.
 */
export function reassignTargets(
  agents: readonly ConsoleAgent[],
  entry: Pick<RiskBoardEntry, 'queueId'>,
): ConsoleAgent[] {
  return agents
    .filter((agent) => agent.state !== 'offline' && agent.queues.includes(entry.queueId))
    .sort((a, b) => TARGET_ORDER[a.state] - TARGET_ORDER[b.state]);
}

interface ReassignDialogProps {
  /** The waiting contact to reassign; null when the dialog is closed. */
  entry: RiskBoardEntry | null;
  onClose: () => void;
}

/** The form, with the agents grid it picks from (fetched, then pushed, while it is open). */
function ReassignForm({ entry, onClose }: { entry: RiskBoardEntry; onClose: () => void }) {
  const { t } = useTranslation('console');
  const { message } = App.useApp();
  const selectId = useId();
  const reassign = useReassign();
  const grid = useConsoleAgents();
  const [agentId, setAgentId] = useState<string | null>(null);
  const targets = reassignTargets(grid.data?.agents ?? [], entry);
  const customer = entry.customerName ?? t('risk.unknownCustomer');
  const submit = () => {
    if (agentId === null) return;
    const agentName = targets.find((agent) => agent.agentId === agentId)?.displayName ?? agentId;
    reassign.mutate(
      { contactId: entry.contactId, agentId },
      {
        onSuccess: () => {
          void message.success(t('reassign.done', { agent: agentName }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={t('reassign.title', { customer })} onCancel={onClose} footer={null}>
      <form
        data-testid="reassign-dialog"
        data-contact-id={entry.contactId}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Flex vertical gap={12}>
          <label htmlFor={selectId}>
            <Typography.Text strong>{t('reassign.agent')}</Typography.Text>
          </label>
          <Select<string>
            id={selectId}
            data-testid="reassign-agent"
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('reassign.placeholder')}
            notFoundContent={t('reassign.noAgent')}
            value={agentId ?? undefined}
            onChange={setAgentId}
            loading={grid.isPending}
            options={targets.map((agent) => ({
              value: agent.agentId,
              label:
                agent.state === 'available'
                  ? agent.displayName
                  : `${agent.displayName} · ${t(`presence.state.${agent.state}`, { ns: 'workspace' })}`,
            }))}
          />
          {grid.isSuccess && targets.length === 0 && (
            <Alert type="info" showIcon data-testid="reassign-none" title={t('reassign.noAgent')} />
          )}
          {grid.isError && (
            <Alert
              type="error"
              showIcon
              data-testid="reassign-agents-error"
              title={t('reassign.failed', { message: grid.error.message })}
            />
          )}
          {reassign.isError && (
            <Alert
              type="error"
              showIcon
              data-testid="reassign-error"
              title={t('reassign.failed', { message: reassign.error.message })}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('reassign.cancel')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              data-testid="reassign-confirm"
              disabled={agentId === null || reassign.isPending}
              loading={reassign.isPending}
            >
              {t('reassign.confirm')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Modal>
  );
}

/** Sends a waiting contact to one chosen agent → POST /console/contacts/:id/reassign. */
export function ReassignDialog({ entry, onClose }: ReassignDialogProps) {
  return entry === null ? null : (
    <ReassignForm key={entry.contactId} entry={entry} onClose={onClose} />
  );
}
