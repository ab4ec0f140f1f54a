import { Flex, Input, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROOT_CAUSES, SENTIMENTS, type RootCause } from '../../../../shared/domain';
import { FormField } from '../workspace/FormField';
import { OptionButtons } from '../workspace/OptionButtons';
import type { WrapUpForm } from './use-wrapup-form';

const WORDS_MAX = 2000;

/** Root causes (the house taxonomy), the customer's own words and their sentiment. */
export function VocSection({ form }: { form: WrapUpForm }) {
  const { t } = useTranslation('wrapup');
  const { t: tPop } = useTranslation('pop');
  const { token } = theme.useToken();
  const { draft, update, errors } = form;
  const toggle = (cause: RootCause, on: boolean) =>
    update(
      {
        rootCauses: on
          ? ROOT_CAUSES.filter((c) => c === cause || draft.rootCauses.includes(c))
          : draft.rootCauses.filter((c) => c !== cause),
      },
      ['voc', 'voc.rootCauses'],
    );
  return (
    <Flex vertical gap={8} role="group" aria-label={t('voc.title')} data-testid="wrapup-voc">
      <div>
        <Typography.Text strong>{t('voc.title')}</Typography.Text>{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('voc.hint')}
        </Typography.Text>
      </div>
      {errors.voc !== undefined && (
        <Typography.Text type="danger" role="alert" data-testid="field-error" data-field="voc">
          {errors.voc}
        </Typography.Text>
      )}
      <FormField
        label={t('voc.rootCauses')}
        field="voc.rootCauses"
        error={errors['voc.rootCauses']}
      >
        {() => (
          <Flex wrap gap={4} role="group" aria-label={t('voc.rootCauses')}>
            {ROOT_CAUSES.map((cause) => (
              <Tag.CheckableTag
                key={cause}
                data-testid="wrapup-root-cause"
                data-value={cause}
                checked={draft.rootCauses.includes(cause)}
                onChange={(on) => toggle(cause, on)}
                // Outlined like the buttons beside them, so unticked causes read as choices.
                style={{
                  marginInlineEnd: 0,
                  border: `1px solid ${
                    draft.rootCauses.includes(cause) ? token.colorPrimary : token.colorBorder
                  }`,
                }}
              >
                {tPop(`rootCause.${cause}`)}
              </Tag.CheckableTag>
            ))}
          </Flex>
        )}
      </FormField>
      <FormField
        label={t('voc.customerWords')}
        field="voc.customerWords"
        error={errors['voc.customerWords']}
      >
        {({ inputId, errorId }) => (
          <Input.TextArea
            id={inputId}
            name="customerWords"
            aria-describedby={errorId}
            aria-invalid={errors['voc.customerWords'] !== undefined}
            status={errors['voc.customerWords'] === undefined ? undefined : 'error'}
            placeholder={t('voc.customerWordsPlaceholder')}
            maxLength={WORDS_MAX}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={draft.customerWords}
            onChange={(event) =>
              update({ customerWords: event.target.value }, ['voc', 'voc.customerWords'])
            }
          />
        )}
      </FormField>
      <FormField label={t('voc.sentiment')} field="voc.sentiment" error={errors['voc.sentiment']}>
        {() => (
          <OptionButtons
            testId="wrapup-sentiment"
            label={t('voc.sentiment')}
            value={draft.sentiment}
            invalid={errors['voc.sentiment'] !== undefined}
            onChange={(sentiment) => update({ sentiment }, ['voc', 'voc.sentiment'])}
            options={SENTIMENTS.map((value) => ({ value, label: t(`sentiments.${value}`) }))}
          />
        )}
      </FormField>
    </Flex>
  );
}
