import { DownOutlined } from '@ant-design/icons';
import { Select, theme } from 'antd';
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useState } from 'react';

export interface LazySelectProps<T extends string> {
  testId: string;
  /** Accessible name and placeholder. */
  label: string;
  value: T | null;
  /** Only read once the picker has been activated (see `onActivate`). */
  options: { value: T; label: string }[];
  disabled?: boolean;
  /** Called on first focus/click, before the real Select renders: compute `options` then. */
  onActivate: () => void;
  onChange: (value: T | null) => void;
  style: CSSProperties;
}

/**
 * A small antd Select that mounts as a light look-alike button and becomes the real Select on
 * first focus or click (opening at once on a click). antd's Select costs several milliseconds of
 * CSS-in-JS and hooks per instance; a pop's timeline shows three that most agents never touch.
 * The test id sits on the wrapper in both forms, with the `combobox` inside, as antd does it.
 */
export function LazySelect<T extends string>({
  testId,
  label,
  value,
  options,
  disabled = false,
  onActivate,
  onChange,
  style,
}: LazySelectProps<T>) {
  const { token } = theme.useToken();
  const [activated, setActivated] = useState<'focus' | 'open' | null>(null);

  if (activated !== null || value !== null) {
    return (
      <Select<T>
        data-testid={testId}
        aria-label={label}
        size="small"
        allowClear
        virtual={false}
        popupMatchSelectWidth={false}
        autoFocus={activated !== null}
        defaultOpen={activated === 'open'}
        disabled={disabled}
        placeholder={label}
        value={value ?? undefined}
        onChange={(next: T | undefined) => onChange(next ?? null)}
        options={options}
        style={style}
      />
    );
  }

  const activate = (how: 'focus' | 'open') => {
    onActivate();
    setActivated(how);
  };
  return (
    <span data-testid={testId} style={{ ...style, display: 'inline-flex' }}>
      <button
        type="button"
        role="combobox"
        aria-label={label}
        aria-expanded={false}
        aria-haspopup="listbox"
        disabled={disabled}
        onMouseDown={(event: MouseEvent) => {
          // Keep focus where it is: the real Select takes it when it mounts.
          event.preventDefault();
          activate('open');
        }}
        onFocus={() => activate('focus')}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
            event.preventDefault();
            activate('open');
          }
        }}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 4,
          width: '100%',
          minWidth: 0,
          height: token.controlHeightSM,
          paddingInline: token.paddingXS - 1,
          margin: 0,
          font: 'inherit',
          fontSize: token.fontSize,
          textAlign: 'start',
          color: token.colorTextPlaceholder,
          background: disabled ? token.colorBgContainerDisabled : token.colorBgContainer,
          border: `${String(token.lineWidth)}px solid ${token.colorBorder}`,
          borderRadius: token.borderRadiusSM,
          cursor: disabled ? 'not-allowed' : 'pointer',
        }}
      >
        <span
          style={{
            flex: '1 1 auto',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {label}
        </span>
        <DownOutlined style={{ fontSize: token.fontSizeIcon, color: token.colorTextQuaternary }} />
      </button>
    </span>
  );
}
