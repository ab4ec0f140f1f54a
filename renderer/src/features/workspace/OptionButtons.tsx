import { Button, Flex } from 'antd';

export interface Option<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

interface OptionButtonsProps<V extends string> {
  /** Test id of every option; each carries its value in `data-value`. */
  testId: string;
  label: string;
  options: readonly Option<V>[];
  value: V | null;
  onChange: (value: V) => void;
  invalid?: boolean;
}

/** One choice out of a few, as a row of buttons (a radio group to assistive tech). */
export function OptionButtons<V extends string>({
  testId,
  label,
  options,
  value,
  onChange,
  invalid = false,
}: OptionButtonsProps<V>) {
  return (
    <Flex role="radiogroup" aria-label={label} aria-invalid={invalid || undefined} gap={6} wrap>
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <Button
            key={option.value}
            size="small"
            role="radio"
            aria-checked={selected}
            data-testid={testId}
            data-value={option.value}
            data-selected={selected}
            type={selected ? 'primary' : 'default'}
            danger={invalid && !selected}
            disabled={option.disabled}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        );
      })}
    </Flex>
  );
}
