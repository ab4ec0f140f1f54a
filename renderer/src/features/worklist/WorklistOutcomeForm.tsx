import { Alert, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKLIST_OUTCOMES, type WorklistOutcome } from '../../../../shared/domain';
import { isConflict, useRecordOutcome } from './useWorklist';

const NOTE_MAX = 2000;

/** For an item the agent holds: what happened, and a note; posting it closes the item. */
export function WorklistOutcomeForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation('worklist');
  const record = useRecordOutcome(itemId);
  const [outcome, setOutcome] = useState<WorklistOutcome | null>(null);
  const [note, setNote] = useState('');
  const submit = () => {
    if (outcome === null) return;
    const trimmed = note.trim();
    record.mutate(trimmed === '' ? { outcome } : { outcome, note: trimmed });
  };
  return (
    <form
      data-testid="worklist-outcome-form"
      aria-label={t('outcome.label')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Flex vertical gap={6}>
        <Select<WorklistOutcome>
          data-testid="worklist-outcome"
          aria-label={t('outcome.label')}
          placeholder={t('outcome.placeholder')}
          size="small"
          virtual={false}
          value={outcome ?? undefined}
          onChange={setOutcome}
          options={WORKLIST_OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
          style={{ maxWidth: 280 }}
        />
        <Input.TextArea
          data-testid="worklist-note"
          aria-label={t('outcome.note')}
          placeholder={t('outcome.note')}
          maxLength={NOTE_MAX}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <div>
          <Button
            type="primary"
            size="small"
            htmlType="submit"
            data-testid="worklist-outcome-submit"
            disabled={outcome === null || record.isPending}
            loading={record.isPending}
          >
            {t('outcome.submit')}
          </Button>
        </div>
        {record.isError && (
          <Alert
            type="error"
            showIcon
            data-testid="worklist-outcome-error"
            title={
              isConflict(record.error)
                ? t('outcome.conflict')
                : t('outcome.failed', { message: record.error.message })
            }
          />
        )}
      </Flex>
    </form>
  );
}
