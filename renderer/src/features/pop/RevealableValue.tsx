import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayReveal, type RevealableField } from '../../../../shared/schemas/customer-access';
import { useAgent } from '../../state';
import { RevealReasonDialog } from './RevealReasonDialog';
import { useRevealedValue } from './useRevealedValue';

export interface RevealableValueProps {
  customerId: string;
  field: RevealableField;
  /** The field's name as the profile labels it, for the button's and dialog's wording. */
  label: string;
  /** What the gateway sent: the masked value, or a stand-in such as "On file". */
  masked: string;
  /** Identifiers keep left-to-right even in Persian; prose (health details) follows its text. */
  ltr?: boolean;
}

/**
 * A masked field with a "Show" button: the agent gives a reason, the gateway reveals (and audits)
 * the value, which shows in place with "Hide" until hidden, the pop closes or a minute passes.
 */
export function RevealableValue({
  customerId,
  field,
  label,
  masked,
  ltr = true,
}: RevealableValueProps) {
  const { t } = useTranslation('pop');
  const role = useAgent()?.role;
  // A csr never reveals a sensitive field (the gateway refuses it too): no button to offer.
  const allowed = role !== undefined && mayReveal(role, field);
  const { revealed, reveal, hide, resetError, pending, error } = useRevealedValue(
    customerId,
    field,
  );
  const [asking, setAsking] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeDialog = () => {
    setAsking(false);
    resetError();
    // The dialog unmounts rather than animating out, so hand focus back to the toggle here.
    toggleRef.current?.focus();
  };
  const shown = revealed === null ? masked : (revealed.value ?? t('access.noValue'));
  const action = t(revealed === null ? 'access.show' : 'access.hide', { field: label });
  return (
    <Flex align="center" gap={4} wrap data-testid={`field-${field}`}>
      <bdi
        dir={ltr ? 'ltr' : undefined}
        data-testid={`field-${field}-value`}
        data-revealed={String(revealed !== null)}
      >
        {shown}
      </bdi>
      {/* One button that toggles, so focus stays on it when the dialog hands it back. */}
      {allowed && (
        <Button
          ref={toggleRef}
          type="text"
          size="small"
          icon={revealed === null ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          aria-label={action}
          title={action}
          data-testid={`field-${field}-toggle`}
          onClick={() => (revealed === null ? setAsking(true) : hide())}
        />
      )}
      {asking && (
        <RevealReasonDialog
          field={field}
          label={label}
          pending={pending}
          error={error}
          onReveal={(reason) => reveal(reason, closeDialog)}
          onCancel={closeDialog}
        />
      )}
    </Flex>
  );
}
