import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../../shared/domain';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { useAgentPresence } from '../../api/agents/queries';
import { useAgent } from '../../state';
import { FormField } from '../workspace/FormField';
import { OptionButtons } from '../workspace/OptionButtons';
import { DueInput } from './DueInput';
import { presetDue, toLocalInput } from './due-dates';
import type { WrapUpForm } from './use-wrapup-form';
import { COMPLAINT_MODES, type ComplaintMode } from './wrapup-draft';

const OPEN = new Set<ComplaintStatus>(['open', 'escalated']);

/** Who can own a case: me first, then everyone else (an owner may be off shift). */
function useOwnerOptions(enabled: boolean) {
  const { t } = useTranslation('wrapup');
  const me = useAgent();
  const presence = useAgentPresence(enabled);
  const others = (presence.data ?? [])
    .filter((status) => status.agentId !== me?.id)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((status) => ({ value: status.agentId, label: status.displayName }));
  const mine =
    me === null ? [] : [{ value: me.id, label: t('complaint.me', { name: me.displayName }) }];
  return { options: [...mine, ...others], loading: presence.isLoading };
}

/** No case, a new one (owner, due), or an open one of this customer moved on (owner, due, status). */
export function ComplaintSection({ form, pop }: { form: WrapUpForm; pop: PopBundle | null }) {
  const { t } = useTranslation('wrapup');
  const { t: tPop } = useTranslation('pop');
  const { draft, update, errors } = form;
  const openCases = (pop?.complaints ?? []).filter((complaint) => OPEN.has(complaint.status));
  const owners = useOwnerOptions(draft.complaintMode !== 'none');

  const setMode = (mode: ComplaintMode) =>
    update(
      {
        complaintMode: mode,
        // A sensible due date to start from; the agent changes it at will.
        complaintDue:
          mode !== 'none' && draft.complaintDue === ''
            ? toLocalInput(presetDue('in-3-days', new Date()))
            : draft.complaintDue,
      },
      ['complaint', 'voc'],
    );
  const pickCase = (complaintId: string) => {
    const chosen = openCases.find((complaint) => complaint.id === complaintId);
    const due = chosen === undefined ? null : new Date(chosen.dueAt);
    update(
      {
        complaintId,
        complaintDue:
          due !== null && due.getTime() > Date.now() ? toLocalInput(due) : draft.complaintDue,
      },
      ['complaint.complaintId'],
    );
  };

  return (
    <Flex
      vertical
      gap={8}
      role="group"
      aria-label={t('complaint.title')}
      data-testid="wrapup-complaint"
    >
      <Typography.Text strong>{t('complaint.title')}</Typography.Text>
      <OptionButtons
        testId="wrapup-complaint-mode"
        label={t('complaint.title')}
        value={draft.complaintMode}
        onChange={setMode}
        options={COMPLAINT_MODES.map((value) => ({
          value,
          label: t(`complaint.mode.${value}`),
          disabled: value === 'update' && openCases.length === 0,
        }))}
      />
      {errors.complaint !== undefined && (
        <Typography.Text
          type="danger"
          role="alert"
          data-testid="field-error"
          data-field="complaint"
        >
          {errors.complaint}
        </Typography.Text>
      )}
      {draft.complaintMode === 'update' && (
        <FormField
          label={t('complaint.case')}
          field="complaint.complaintId"
          error={errors['complaint.complaintId']}
        >
          {({ inputId, errorId }) => (
            <Select<string>
              id={inputId}
              data-testid="wrapup-complaint-id"
              aria-describedby={errorId}
              status={errors['complaint.complaintId'] === undefined ? undefined : 'error'}
              virtual={false}
              placeholder={t('complaint.casePlaceholder')}
              notFoundContent={t('complaint.noOpen')}
              value={draft.complaintId ?? undefined}
              onChange={pickCase}
              options={openCases.map((complaint) => ({
                value: complaint.id,
                label: t('complaint.caseOption', {
                  id: complaint.id,
                  causes: complaint.rootCauses
                    .map((cause) => tPop(`rootCause.${cause}`))
                    .join(', '),
                }),
              }))}
            />
          )}
        </FormField>
      )}
      {draft.complaintMode !== 'none' && (
        <Flex gap={12} wrap>
          <div style={{ flex: '1 1 200px' }}>
            <FormField
              label={t('complaint.owner')}
              field="complaint.ownerId"
              error={errors['complaint.ownerId']}
            >
              {({ inputId, errorId }) => (
                <Select<string>
                  id={inputId}
                  data-testid="wrapup-complaint-owner"
                  aria-describedby={errorId}
                  status={errors['complaint.ownerId'] === undefined ? undefined : 'error'}
                  virtual={false}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={owners.loading}
                  value={draft.complaintOwnerId ?? undefined}
                  onChange={(ownerId) =>
                    update({ complaintOwnerId: ownerId }, ['complaint.ownerId'])
                  }
                  options={owners.options}
                />
              )}
            </FormField>
          </div>
          <FormField
            label={t('complaint.due')}
            field="complaint.dueAt"
            error={errors['complaint.dueAt']}
          >
            {({ inputId, errorId }) => (
              <DueInput
                id={inputId}
                name="complaintDue"
                testId="wrapup-complaint-due"
                value={draft.complaintDue}
                invalid={errors['complaint.dueAt'] !== undefined}
                describedBy={errorId}
                onChange={(value) => update({ complaintDue: value }, ['complaint.dueAt'])}
              />
            )}
          </FormField>
          {draft.complaintMode === 'update' && (
            <div style={{ flex: '1 1 160px' }}>
              <FormField
                label={t('complaint.status')}
                field="complaint.status"
                error={errors['complaint.status']}
              >
                {({ inputId }) => (
                  <Select<ComplaintStatus | 'unchanged'>
                    id={inputId}
                    data-testid="wrapup-complaint-status"
                    virtual={false}
                    value={draft.complaintStatus ?? 'unchanged'}
                    onChange={(status) =>
                      update({ complaintStatus: status === 'unchanged' ? null : status }, [
                        'complaint.status',
                      ])
                    }
                    options={[
                      { value: 'unchanged', label: t('complaint.statusUnchanged') },
                      ...COMPLAINT_STATUSES.map((status) => ({
                        value: status,
                        label: tPop(`complaintStatus.${status}`),
                      })),
                    ]}
                  />
                )}
              </FormField>
            </div>
          )}
        </Flex>
      )}
    </Flex>
  );
}
