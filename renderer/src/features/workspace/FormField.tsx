import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';

interface FormFieldProps {
  label: ReactNode;
  /** The request field it edits (`voc.customerWords`): errors name it. */
  field: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (ids: { inputId: string; errorId: string | undefined }) => ReactNode;
}

/** A label, the control and, when the gateway or the form refused it, the reason right under it. */
export function FormField({ label, field, error, hint, children }: FormFieldProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  return (
    <div data-field={field} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <label htmlFor={inputId} style={{ fontWeight: 500 }}>
        {label}
      </label>
      {children({ inputId, errorId: error === undefined ? undefined : errorId })}
      {hint !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
      {error !== undefined && (
        <Typography.Text
          id={errorId}
          type="danger"
          role="alert"
          data-testid="field-error"
          data-field={field}
          style={{ fontSize: 12 }}
        >
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
