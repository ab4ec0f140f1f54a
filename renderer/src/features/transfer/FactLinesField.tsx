import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../workspace/FormField';
import { blankFactLine, FACT_MAX_LENGTH, MAX_FACTS, type FactLine } from './fact-lines';

interface FactLinesFieldProps {
  lines: FactLine[];
  onChange: (lines: FactLine[]) => void;
  error?: string | undefined;
}

/** The facts handed over: one editable line each, ticked to travel with the contact. */
export function FactLinesField({ lines, onChange, error }: FactLinesFieldProps) {
  const { t } = useTranslation('transfer');
  const patch = (id: string, change: Partial<FactLine>) =>
    onChange(lines.map((line) => (line.id === id ? { ...line, ...change } : line)));
  return (
    <FormField label={t('facts.label')} field="facts" error={error} hint={t('facts.hint')}>
      {() => (
        <Flex vertical gap={4} data-testid="transfer-facts">
          {lines.map((line) => (
            <Flex key={line.id} gap={6} align="center" data-testid="transfer-fact">
              <Checkbox
                data-testid="transfer-fact-check"
                aria-label={t('facts.include')}
                checked={line.checked}
                onChange={(event) => patch(line.id, { checked: event.target.checked })}
              />
              <Input
                data-testid="transfer-fact-text"
                size="small"
                maxLength={FACT_MAX_LENGTH}
                placeholder={t('facts.placeholder')}
                value={line.text}
                onChange={(event) => patch(line.id, { text: event.target.value })}
              />
              <Button
                size="small"
                type="text"
                aria-label={t('facts.remove')}
                icon={<DeleteOutlined />}
                onClick={() => onChange(lines.filter((other) => other.id !== line.id))}
              />
            </Flex>
          ))}
          <div>
            <Button
              size="small"
              data-testid="transfer-fact-add"
              icon={<PlusOutlined />}
              disabled={lines.length >= MAX_FACTS}
              onClick={() => onChange([...lines, blankFactLine()])}
            >
              {t('facts.add')}
            </Button>
          </div>
        </Flex>
      )}
    </FormField>
  );
}
