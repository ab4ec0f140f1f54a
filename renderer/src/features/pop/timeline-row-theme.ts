import { theme } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { themeVarsClass } from '../../ui/theme-vars';

/**
 * The antd theme's colours and sizes as the custom properties `timeline-row.css` reads, carried
 * by one class on the timeline's list (written once per theme, see `theme-vars.ts`) instead of
 * inline styles on every row: rows are plain elements (no antd Tag/Typography per row), which
 * keeps mounting and scrolling a long timeline cheap. The look follows antd's small Tag and
 * secondary Text, in light and dark themes alike.
 */
export interface RowTheme {
  /** Class for the list element that holds the rows: it carries the custom properties. */
  listClass: string;
  /** Secondary text outside the list (the panel's count). */
  secondary: CSSProperties;
}

export function useRowTheme(): RowTheme {
  const { token } = theme.useToken();
  return useMemo(() => {
    const tagLine = token.lineHeightSM * token.fontSizeSM;
    const listClass = themeVarsClass('fb-tl-theme', {
      '--fb-tl-border': token.colorBorderSecondary,
      '--fb-tl-stage-border': token.colorPrimaryBorder,
      '--fb-tl-chain': token.colorError,
      '--fb-tl-highlight-bg': token.colorPrimaryBg,
      '--fb-tl-highlight-outline': token.colorPrimary,
      '--fb-tl-anomaly-bg': token.colorWarningBg,
      '--fb-tl-secondary': token.colorTextSecondary,
      '--fb-tl-text': token.colorText,
      '--fb-tl-tag-line': `${String(tagLine)}px`,
      '--fb-tl-tag-font': `${String(token.fontSizeSM)}px`,
      '--fb-tl-line-width': `${String(token.lineWidth)}px`,
      '--fb-tl-tag-border': token.colorBorder,
      '--fb-tl-tag-radius': `${String(token.borderRadiusSM)}px`,
      '--fb-tl-tag-bg': token.colorFillQuaternary,
      '--fb-tl-info-text': token.colorInfoText,
      '--fb-tl-info-bg': token.colorInfoBg,
      '--fb-tl-info-border': token.colorInfoBorder,
      '--fb-tl-error-text': token.colorErrorText,
      '--fb-tl-error-bg': token.colorErrorBg,
      '--fb-tl-error-border': token.colorErrorBorder,
    });
    return {
      listClass,
      secondary: {
        color: token.colorTextSecondary,
        whiteSpace: 'nowrap',
        fontVariantNumeric: 'tabular-nums',
      },
    };
  }, [token]);
}
