import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../workspace/FormField';
import { OptionButtons } from '../workspace/OptionButtons';
import { DueInput } from './DueInput';
import { PROMISE_PRESETS, presetDue, toLocalInput } from './due-dates';
import type { WrapUpForm } from './use-wrapup-form';

const DESCRIPTION_MAX = 500;

/** "Call back by Friday 17:00": what was promised and by when, into the promise ledger. */
export function PromiseSection({ form }: { form: WrapUpForm }) {
  const { t } = useTranslation('wrapup');
  const { draft, update, errors } = form;
  return (
    <Flex
      vertical
      gap={8}
      role="group"
      aria-label={t('promise.title')}
      data-testid="wrapup-promise"
    >
      <Typography.Text strong>{t('promise.title')}</Typography.Text>
      <FormField
        label={t('promise.description')}
        field="promise.description"
        error={errors['promise.description'] ?? errors.promise}
      >
        {({ inputId, errorId }) => (
          <Input
            id={inputId}
            name="promiseDescription"
            aria-describedby={errorId}
            aria-invalid={errors['promise.description'] !== undefined}
            status={errors['promise.description'] === undefined ? undefined : 'error'}
            placeholder={t('promise.descriptionPlaceholder')}
            maxLength={DESCRIPTION_MAX}
            value={draft.promiseDescription}
            onChange={(event) =>
              update({ promiseDescription: event.target.value }, ['promise', 'promise.description'])
            }
          />
        )}
      </FormField>
      <FormField label={t('promise.due')} field="promise.dueAt" error={errors['promise.dueAt']}>
        {({ inputId, errorId }) => (
          <Flex vertical gap={6}>
            <OptionButtons
              testId="wrapup-promise-preset"
              label={t('promise.due')}
              value={draft.promisePreset}
              onChange={(preset) =>
                update(
                  {
                    promisePreset: preset,
                    promiseDue: toLocalInput(presetDue(preset, new Date())),
                  },
                  ['promise', 'promise.dueAt'],
                )
              }
              options={PROMISE_PRESETS.map((value) => ({
                value,
                label: t(`promise.presets.${value}`),
              }))}
            />
            <DueInput
              id={inputId}
              name="promiseDue"
              testId="wrapup-promise-due"
              value={draft.promiseDue}
              invalid={errors['promise.dueAt'] !== undefined}
              describedBy={errorId}
              onChange={(value) =>
                update({ promiseDue: value, promisePreset: null }, ['promise', 'promise.dueAt'])
              }
            />
          </Flex>
        )}
      </FormField>
    </Flex>
  );
}
