import { Input } from 'antd';

interface DueInputProps {
  id: string;
  name: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
}

/** A local date and time (`datetime-local`); digits stay left-to-right in Persian too. */
export function DueInput({
  id,
  name,
  testId,
  value,
  onChange,
  invalid,
  describedBy,
}: DueInputProps) {
  return (
    <Input
      id={id}
      name={name}
      type="datetime-local"
      data-testid={testId}
      dir="ltr"
      aria-describedby={describedBy}
      aria-invalid={invalid}
      status={invalid ? 'error' : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      style={{ maxWidth: 240 }}
    />
  );
}
