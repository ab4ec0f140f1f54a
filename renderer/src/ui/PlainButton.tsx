import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { tokenThemeClass, type ThemeVars } from './theme-vars';
import './plain-button.css';

/**
 * The theme's values for `plain-button.css`: put this class on the container of the rows that
 * hold plain buttons (one class per theme, not a style per button).
 */
export const plainButtonThemeClass = tokenThemeClass(
  'fb-button-theme',
  (token) =>
    ({
      '--fb-btn-height': `${String(token.controlHeightSM)}px`,
      '--fb-btn-pad': `${String(token.paddingXS - token.lineWidth)}px`,
      '--fb-btn-font': `${String(token.fontSize)}px`,
      '--fb-btn-line': `${String(token.lineWidth)}px`,
      '--fb-btn-radius': `${String(token.borderRadiusSM)}px`,
      '--fb-btn-gap': `${String(token.marginXS)}px`,
      '--fb-btn-bg': token.colorBgContainer,
      '--fb-btn-border': token.colorBorder,
      '--fb-btn-text': token.colorText,
      '--fb-btn-hover': token.colorPrimaryHover,
      '--fb-btn-active': token.colorPrimaryActive,
      '--fb-btn-primary': token.colorPrimary,
      '--fb-btn-primary-text': token.colorTextLightSolid,
      '--fb-btn-disabled-bg': token.colorBgContainerDisabled,
      '--fb-btn-disabled-text': token.colorTextDisabled,
      '--fb-btn-outline': token.colorPrimaryBorder,
      '--fb-btn-motion': token.motionDurationMid,
    }) satisfies ThemeVars,
);

interface PlainButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> {
  /** antd's `type`: an outlined button, or the filled primary one. */
  kind?: 'default' | 'primary';
  icon?: ReactNode;
  /** Busy: a spinner in place of the icon, and the button cannot be pressed. */
  loading?: boolean;
  /** Other attributes for tests (`data-*`). */
  data?: Readonly<Record<`data-${string}`, string | number>>;
  children?: ReactNode;
}

/**
 * A small button in antd's look as one `<button>`: for rows that a pushed board mounts several
 * times a second, where antd's Button (a component with its CSS-in-JS, wave effect and effects)
 * was the largest part of the lead's render. Needs `plainButtonThemeClass` on an ancestor.
 */
export function PlainButton({
  kind = 'default',
  icon,
  loading = false,
  disabled,
  data,
  children,
  ...rest
}: PlainButtonProps) {
  return (
    <button
      {...rest}
      {...data}
      type="button"
      className="fb-btn"
      data-kind={kind}
      disabled={disabled === true || loading}
      aria-busy={loading || undefined}
    >
      {loading ? <span className="fb-btn-spinner" aria-hidden="true" /> : icon}
      {children !== undefined && <span>{children}</span>}
    </button>
  );
}
