import { Alert, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAgentPresence } from '../../api/agents/queries';
import { useQueueList } from '../../api/queues/queries';
import { useAgent } from '../../state';
import { FormField } from '../workspace/FormField';
import { OptionButtons } from '../workspace/OptionButtons';
import { colleagues } from './agent-options';
import type { TransferForm } from './use-transfer-form';

/** Where the contact goes: an agent (not offline, with their state) or a queue (with its waiting count). */
export function TransferTargetField({ form }: { form: TransferForm }) {
  const { t } = useTranslation('transfer');
  const { t: tWorkspace } = useTranslation('workspace');
  const me = useAgent();
  const agents = useAgentPresence(form.kind === 'agent');
  const queues = useQueueList(form.kind === 'queue');
  const agentOptions = colleagues(agents.data ?? [], me?.id ?? null).map((status) => ({
    value: status.agentId,
    label: `${status.displayName} — ${tWorkspace(`presence.state.${status.state}`)}`,
  }));
  const queueOptions = (queues.data ?? []).map((queue) => ({
    value: queue.id,
    label: t('target.queueOption', { name: queue.name, count: queue.waiting }),
  }));
  const failed = form.kind === 'agent' ? agents.error : queues.error;
  return (
    <>
      <FormField label={t('targetKindLabel')} field="target.kind">
        {() => (
          <OptionButtons
            testId="transfer-target-kind"
            label={t('targetKindLabel')}
            value={form.kind}
            onChange={form.setKind}
            options={[
              { value: 'agent', label: t('targetKind.agent') },
              { value: 'queue', label: t('targetKind.queue'), disabled: form.mode === 'warm' },
            ]}
          />
        )}
      </FormField>
      <FormField label={t('target.label')} field="target" error={form.errors.target}>
        {({ inputId, errorId }) => (
          <Select<string>
            id={inputId}
            data-testid="transfer-target"
            data-kind={form.kind}
            aria-describedby={errorId}
            status={form.errors.target === undefined ? undefined : 'error'}
            showSearch={{ optionFilterProp: 'label' }}
            virtual={false}
            loading={form.kind === 'agent' ? agents.isLoading : queues.isLoading}
            placeholder={
              form.kind === 'agent' ? t('target.agentPlaceholder') : t('target.queuePlaceholder')
            }
            notFoundContent={form.kind === 'agent' ? t('target.noAgents') : undefined}
            value={(form.kind === 'agent' ? form.agentId : form.queueId) ?? undefined}
            onChange={form.kind === 'agent' ? form.setAgentId : form.setQueueId}
            options={form.kind === 'agent' ? agentOptions : queueOptions}
          />
        )}
      </FormField>
      {failed !== null && (
        <Alert
          type="warning"
          showIcon
          title={t('target.loadFailed', { message: failed.message })}
        />
      )}
    </>
  );
}
