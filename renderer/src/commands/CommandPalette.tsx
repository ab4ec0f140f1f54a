import { Empty, Input, Modal, Typography, type InputRef } from 'antd';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from './command-types';
import { ariaKeyShortcut, formatShortcut } from './shortcut';

interface CommandPaletteProps {
  open: boolean;
  /** The commands enabled when the palette opened. */
  commands: readonly Command[];
  onClose: () => void;
  onRun: (command: Command) => void;
}

const kbd = {
  fontFamily: 'inherit',
  fontSize: 12,
  padding: '0 6px',
  border: '1px solid rgba(0,0,0,0.15)',
  borderRadius: 4,
  whiteSpace: 'nowrap',
} as const;

/** Ctrl/⌘+K: every enabled command by name, filtered as the agent types, run with Enter. */
export function CommandPalette({ open, commands, onClose, onRun }: CommandPaletteProps) {
  const { t } = useTranslation('commands');
  const listId = useId();
  const inputRef = useRef<InputRef>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const needle = query.trim().toLocaleLowerCase();
  const shown = commands.filter(
    (command) =>
      needle === '' ||
      t(command.labelKey).toLocaleLowerCase().includes(needle) ||
      command.id.includes(needle),
  );
  const current = Math.min(selected, Math.max(shown.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${String(index)}`;

  const runAt = (index: number) => {
    const command = shown[index];
    if (command !== undefined) onRun(command);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && shown.length > 0) {
      event.preventDefault();
      setSelected((current + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runAt(current);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      // The dialog takes focus as it opens; the field must have it once it is open.
      afterOpenChange={(visible) => {
        if (visible) inputRef.current?.focus();
      }}
      afterClose={() => {
        setQuery('');
        setSelected(0);
      }}
      title={t('palette.title')}
      footer={null}
      destroyOnHidden
      width={520}
    >
      <div data-testid="command-palette">
        <Input
          ref={inputRef}
          data-testid="command-palette-input"
          autoFocus
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
          aria-label={t('palette.placeholder')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('palette.list')}
          style={{ listStyle: 'none', margin: '8px 0 0', padding: 0 }}
        >
          {shown.map((command, index) => (
            <li
              key={command.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              data-testid="command-item"
              data-command-id={command.id}
              className="fb-command-item"
              onMouseEnter={() => setSelected(index)}
              onClick={() => runAt(index)}
              style={{
                display: 'flex',
                justifyContent: 'space-between',
                gap: 16,
                padding: '6px 8px',
                borderRadius: 6,
                cursor: 'pointer',
              }}
            >
              <span>{t(command.labelKey)}</span>
              {command.shortcut !== undefined && (
                <kbd style={kbd} aria-label={ariaKeyShortcut(command.shortcut)}>
                  <bdi dir="ltr">{formatShortcut(command.shortcut)}</bdi>
                </kbd>
              )}
            </li>
          ))}
        </ul>
        {shown.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.empty')} />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('palette.hint')}
        </Typography.Text>
      </div>
    </Modal>
  );
}
