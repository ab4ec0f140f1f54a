import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** Why linking the contact to a customer failed, as the gateway said it. */
export function LinkErrorAlert({ error, style }: { error: Error | null; style?: CSSProperties }) {
  const { t } = useTranslation('matching');
  if (!error) return null;
  return (
    <Alert
      data-testid="match-link-error"
      type="error"
      showIcon
      title={t('linkFailed', { message: error.message })}
      style={style}
    />
  );
}
