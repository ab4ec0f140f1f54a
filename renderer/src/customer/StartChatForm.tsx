import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain';
import { ERROR_CODES } from '../../../shared/schemas/common';
import { LANGUAGE_INFO } from '../i18n/languages';
import {
  ChatStartError,
  START_ERROR_CODES,
  startChatSession,
  type FetchLike,
  type StoredChatSession,
} from './chat-session';
import {
  START_MESSAGE_MAX,
  checkStartForm,
  isStartFormField,
  type StartFormField,
  type StartFormValues,
} from './start-form-fields';

interface StartChatFormProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
  onStarted: (session: StoredChatSession) => void;
  fetchImpl: FetchLike;
}

type FieldErrors = Partial<Record<StartFormField, string>>;

const SELECT_STYLE = {
  width: '100%',
  padding: '4px 11px',
  minHeight: 32,
  borderRadius: 6,
  border: '1px solid #d9d9d9',
  background: 'inherit',
  font: 'inherit',
} as const;

/** Who the customer is and their first words; opens the chat on the gateway. */
export function StartChatForm({
  language,
  onLanguageChange,
  onStarted,
  fetchImpl,
}: StartChatFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<StartFormValues>({
    name: '',
    phone: '',
    email: '',
    message: '',
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const invalidText = (field: StartFormField) =>
    t(`start.invalid.${field}`, { max: START_MESSAGE_MAX });

  const change =
    (field: keyof StartFormValues) =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      setFieldErrors((current) => ({ ...current, [field]: undefined }));
    };

  const showFailure = (error: unknown) => {
    if (!(error instanceof ChatStartError)) {
      setFormError(t('start.error.unexpected', { message: String(error) }));
      return;
    }
    if (isStartFormField(error.field)) {
      const field = error.field;
      const text = error.code === ERROR_CODES.validation ? invalidText(field) : error.message;
      setFieldErrors({ [field]: text });
      return;
    }
    if (error.code === ERROR_CODES.rateLimited) setFormError(t('start.error.rateLimited'));
    else if (error.code === START_ERROR_CODES.network) setFormError(t('start.error.network'));
    else setFormError(t('start.error.unexpected', { message: error.message }));
  };

  const submit = async () => {
    if (pending) return;
    setFormError(null);
    const check = checkStartForm(values, language);
    if (!check.ok) {
      setFieldErrors(Object.fromEntries(check.invalid.map((field) => [field, invalidText(field)])));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const session = await startChatSession(fetchImpl, check.request);
      onStarted({ ...session, language });
    } catch (error) {
      showFailure(error);
      setPending(false);
    }
  };

  const item = (field: StartFormField) => ({
    validateStatus: fieldErrors[field] === undefined ? undefined : ('error' as const),
    help: fieldErrors[field],
  });

  return (
    <Form layout="vertical" data-testid="chat-start" onFinish={() => void submit()} noValidate>
      <Typography.Title level={3}>{t('start.heading')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('start.intro')}</Typography.Paragraph>
      <Form.Item label={t('start.name')} htmlFor="chat-start-name" required {...item('name')}>
        <Input
          id="chat-start-name"
          name="name"
          autoComplete="name"
          maxLength={100}
          value={values.name}
          onChange={change('name')}
        />
      </Form.Item>
      <Form.Item label={t('start.phone')} htmlFor="chat-start-phone" {...item('phone')}>
        <Input
          id="chat-start-phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={change('phone')}
        />
      </Form.Item>
      <Form.Item label={t('start.email')} htmlFor="chat-start-email" {...item('email')}>
        <Input
          id="chat-start-email"
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={change('email')}
        />
      </Form.Item>
      <Form.Item label={t('start.language')} htmlFor="chat-start-language" {...item('language')}>
        <select
          id="chat-start-language"
          data-testid="chat-language"
          value={language}
          style={SELECT_STYLE}
          onChange={(event) => {
            const chosen = LANGUAGES.find((l) => l === event.target.value);
            if (chosen) onLanguageChange(chosen);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_INFO[l].nativeName}
            </option>
          ))}
        </select>
      </Form.Item>
      <Form.Item
        label={t('start.message')}
        htmlFor="chat-start-message"
        required
        {...item('message')}
      >
        <Input.TextArea
          id="chat-start-message"
          name="message"
          autoSize={{ minRows: 3, maxRows: 8 }}
          value={values.message}
          onChange={change('message')}
        />
      </Form.Item>
      {formError !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="chat-start-error"
          title={formError}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        data-testid="chat-start-submit"
        loading={pending}
        block
      >
        {t('start.submit')}
      </Button>
    </Form>
  );
}
