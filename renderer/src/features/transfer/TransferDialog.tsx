import { Alert, Button, Flex, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { TRANSFER_MODES } from '../../../../shared/domain';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { FormField } from '../workspace/FormField';
import { OptionButtons } from '../workspace/OptionButtons';
import { FactLinesField } from './FactLinesField';
import { TransferTargetField } from './TransferTargetField';
import { useSuggestedFacts } from './use-suggested-facts';
import { useTransferForm } from './use-transfer-form';

interface TransferDialogProps {
  contact: Contact;
  pop: PopBundle | null;
  open: boolean;
  onClose: () => void;
}

/** The dialog's body: mounted on first opening, kept (with what was typed) until the contact leaves. */
function TransferFormBody({ contact, pop, onClose }: Omit<TransferDialogProps, 'open'>) {
  const { t } = useTranslation('transfer');
  const suggested = useSuggestedFacts(contact, pop);
  const form = useTransferForm(contact, suggested, onClose);
  return (
    <form
      data-testid="transfer-form"
      aria-label={t('title')}
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <Flex vertical gap={12}>
        <FormField label={t('modeLabel')} field="mode" error={form.errors.mode}>
          {() => (
            <OptionButtons
              testId="transfer-mode"
              label={t('modeLabel')}
              value={form.mode}
              onChange={form.setMode}
              invalid={form.errors.mode !== undefined}
              options={TRANSFER_MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
            />
          )}
        </FormField>
        <TransferTargetField form={form} />
        <FormField label={t('note.label')} field="note" error={form.errors.note}>
          {({ inputId, errorId }) => (
            <Input.TextArea
              id={inputId}
              name="transferNote"
              aria-describedby={errorId}
              aria-invalid={form.errors.note !== undefined}
              status={form.errors.note === undefined ? undefined : 'error'}
              placeholder={t('note.placeholder')}
              maxLength={4000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={form.note}
              onChange={(event) => form.setNote(event.target.value)}
            />
          )}
        </FormField>
        <FactLinesField lines={form.facts} onChange={form.setFacts} error={form.errors.facts} />
        {form.errors.form !== undefined && (
          <Alert type="error" showIcon data-testid="transfer-error" title={form.errors.form} />
        )}
        <Flex gap="small" justify="flex-end">
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            type="primary"
            htmlType="submit"
            data-testid="transfer-submit"
            loading={form.pending}
            disabled={form.pending}
          >
            {t('submit')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

/** Warm or cold, to an agent or a queue, with a note and the facts already confirmed. */
export function TransferDialog({ contact, pop, open, onClose }: TransferDialogProps) {
  const { t } = useTranslation('transfer');
  return (
    <Modal open={open} title={t('title')} onCancel={onClose} footer={null} width={560}>
      <div data-testid="transfer-dialog">
        <TransferFormBody contact={contact} pop={pop} onClose={onClose} />
      </div>
    </Modal>
  );
}
