import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopSettings } from '../../../../shared/desktop-settings';
import type { FirebreakDesktopApi } from '../../../../shared/ipc';
import {
  checkSettings,
  describeRefusal,
  isEmptyPatch,
  SETTINGS_FIELDS,
  settingsPatch,
  toFormValues,
  type SettingsErrors,
  type SettingsField,
  type SettingsFormValues,
} from './settings-form';
import { useUpdateDesktopSettings } from './use-desktop-settings';

/** `{pop: {acceptShortcut: 'x'}}` → `['pop.acceptShortcut']`: the fields a change touched. */
function changedFields(changed: object, prefix = ''): string[] {
  return Object.entries(changed).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? changedFields(value, path) : [path];
  });
}

/** What main said about one field (`pop.acceptShortcut: must be …; …`), else all it said. */
function problemOf(message: string, field: SettingsField): string {
  const escaped = field.replace('.', '\\.');
  return new RegExp(`${escaped}: ([^;]+?)\\.?(?:;|$)`).exec(message)?.[1] ?? message;
}

/**
 * The desktop settings form: checked with the shared schema before anything is sent, only the
 * changed fields sent, main's refusal shown under the field it names and above the buttons.
 */
export function useDesktopSettingsForm(
  desktop: FirebreakDesktopApi,
  loaded: DesktopSettings,
  onClose: () => void,
) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const [initialValues] = useState(() => toFormValues(loaded));
  /** What main holds now, as the form shows it: the base a change is measured against. */
  const [baseline, setBaseline] = useState(initialValues);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [restartNeeded, setRestartNeeded] = useState(false);
  const update = useUpdateDesktopSettings(desktop);

  const submit = () => {
    const values = form.getFieldsValue(true) as SettingsFormValues;
    const checked = checkSettings(values);
    if (!checked.ok) {
      const found: SettingsErrors = {};
      for (const [field, problem] of Object.entries(checked.problems)) {
        found[field as SettingsField | 'form'] = t('invalid', { problem });
      }
      setErrors(found);
      return;
    }
    const patch = settingsPatch(baseline, values, checked.settings);
    if (isEmptyPatch(patch)) {
      onClose();
      return;
    }
    setErrors({});
    update.mutate(patch, {
      onSuccess: (result) => {
        const saved = toFormValues(result.settings);
        setBaseline(saved);
        form.setFieldsValue(saved);
        if (result.restartNeeded) {
          setRestartNeeded(true);
          return;
        }
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => {
        const refusal = describeRefusal(error);
        const found: SettingsErrors = { form: t('refused', { message: refusal.message }) };
        if (refusal.field !== null) {
          found[refusal.field] = t('invalid', {
            problem: problemOf(refusal.message, refusal.field),
          });
        }
        setErrors(found);
      },
    });
  };

  const onValuesChange = (changed: object) => {
    const touched = new Set(changedFields(changed));
    setErrors((current) => {
      if (Object.keys(current).length === 0) return current;
      const next: SettingsErrors = {};
      for (const field of SETTINGS_FIELDS) {
        if (!touched.has(field) && current[field] !== undefined) next[field] = current[field];
      }
      return next;
    });
  };

  return {
    form,
    initialValues,
    errors,
    restartNeeded,
    pending: update.isPending,
    submit,
    onValuesChange,
  };
}
