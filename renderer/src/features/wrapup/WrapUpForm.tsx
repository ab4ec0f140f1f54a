import { Alert, Button, Divider, Flex, Input, Select, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DISPOSITIONS, type Disposition } from '../../../../shared/domain';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { FormField } from '../workspace/FormField';
import { AcwTimer } from './AcwTimer';
import { ComplaintSection } from './ComplaintSection';
import { PromiseSection } from './PromiseSection';
import { useWrapUpForm } from './use-wrapup-form';
import { VocSection } from './VocSection';

const NOTE_MAX = 4000;

interface WrapUpFormProps {
  contact: Contact;
  pop: PopBundle | null;
}

/**
 * After-contact work: how it ended, a note, the customer's voice, a complaint case and a promise,
 * against the after-contact-work limit. Submitting closes the contact.
 */
export function WrapUpForm({ contact, pop }: WrapUpFormProps) {
  const { t } = useTranslation('wrapup');
  const form = useWrapUpForm(contact.id);
  const { token } = theme.useToken();
  const { draft, update, errors } = form;
  return (
    <form
      data-testid="wrapup-form"
      data-contact-id={contact.id}
      aria-label={t('title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: 12, padding: 16 }}
    >
      <Flex align="center" justify="space-between" gap="small" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <AcwTimer contact={contact} />
      </Flex>
      <FormField label={t('disposition.label')} field="disposition" error={errors.disposition}>
        {({ inputId, errorId }) => (
          <Select<Disposition>
            id={inputId}
            data-testid="wrapup-disposition"
            aria-describedby={errorId}
            status={errors.disposition === undefined ? undefined : 'error'}
            virtual={false}
            placeholder={t('disposition.placeholder')}
            value={draft.disposition ?? undefined}
            onChange={(disposition) => update({ disposition }, ['disposition'])}
            options={DISPOSITIONS.map((value) => ({ value, label: t(`dispositions.${value}`) }))}
          />
        )}
      </FormField>
      <FormField label={t('note.label')} field="note" error={errors.note}>
        {({ inputId, errorId }) => (
          <Input.TextArea
            id={inputId}
            name="wrapUpNote"
            aria-describedby={errorId}
            aria-invalid={errors.note !== undefined}
            status={errors.note === undefined ? undefined : 'error'}
            placeholder={t('note.placeholder')}
            maxLength={NOTE_MAX}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={draft.note}
            onChange={(event) => update({ note: event.target.value }, ['note'])}
          />
        )}
      </FormField>
      <Divider style={{ margin: 0 }} />
      <VocSection form={form} />
      <Divider style={{ margin: 0 }} />
      <ComplaintSection form={form} pop={pop} />
      <Divider style={{ margin: 0 }} />
      <PromiseSection form={form} />
      {errors.form !== undefined && (
        <Alert type="error" showIcon data-testid="wrapup-error" title={errors.form} />
      )}
      {form.queued && (
        <Alert type="info" showIcon data-testid="wrapup-queued" title={t('queued')} />
      )}
      {/* Kept in view at the foot of the scrolling side panel: the form is taller than a laptop. */}
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          marginInline: -16,
          marginBottom: -16,
          padding: '12px 16px',
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Button
          type="primary"
          htmlType="submit"
          data-testid="wrapup-submit"
          loading={form.pending}
          disabled={form.pending}
        >
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
