import { theme, Typography } from 'antd';
import type { GlobalToken } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../../shared/schemas/chat';
import type { CannedPicker } from './use-canned-picker';

const popup = (token: GlobalToken): CSSProperties => ({
  position: 'absolute',
  insetInline: 0,
  bottom: 'calc(100% + 4px)',
  zIndex: 10,
  maxHeight: 'min(320px, 50vh)',
  overflowY: 'auto',
  background: token.colorBgElevated,
  border: `1px solid ${token.colorBorderSecondary}`,
  borderRadius: token.borderRadiusLG,
  boxShadow: token.boxShadowSecondary,
  padding: 4,
});

const optionStyle = (token: GlobalToken, active: boolean): CSSProperties => ({
  display: 'block',
  padding: '6px 8px',
  borderRadius: token.borderRadius,
  cursor: 'pointer',
  background: active ? token.controlItemBgActive : undefined,
});

const oneLine: CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  color: 'inherit',
  opacity: 0.65,
};

export const cannedOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

interface CannedReplyPickerProps {
  picker: CannedPicker;
  listId: string;
  onPick: (reply: CannedReply) => void;
}

/** The list under a `/word`: arrows move, Enter or a click inserts, Escape closes. */
export function CannedReplyPicker({ picker, listId, onPick }: CannedReplyPickerProps) {
  const { t } = useTranslation('chat');
  const { token } = theme.useToken();
  const { options, active, status, slash } = picker;
  let notice: string | null = null;
  if (status === 'pending') notice = t('canned.loading');
  else if (status === 'error') notice = t('canned.failed');
  else if (options.length === 0) notice = t('canned.none', { query: slash?.query ?? '' });
  return (
    <div style={popup(token)} data-testid="canned-picker">
      {notice !== null && (
        <Typography.Text type="secondary" data-testid="canned-notice" style={{ padding: 8 }}>
          {notice}
        </Typography.Text>
      )}
      <div role="listbox" id={listId} aria-label={t('canned.label')}>
        {options.map((reply, index) => (
          <div
            key={reply.id}
            id={cannedOptionId(listId, index)}
            role="option"
            aria-selected={index === active}
            data-testid="canned-option"
            data-shortcut={reply.shortcut}
            style={optionStyle(token, index === active)}
            // Keep the caret in the text box: the click picks, the box keeps focus.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => picker.highlight(index)}
            onClick={() => onPick(reply)}
          >
            <Typography.Text code>
              <bdi dir="ltr">/{reply.shortcut}</bdi>
            </Typography.Text>{' '}
            <Typography.Text strong>
              <bdi>{reply.title}</bdi>
            </Typography.Text>
            <div style={oneLine} dir="auto">
              {reply.body}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
