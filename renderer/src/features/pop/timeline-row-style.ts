import { theme } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';

/**
 * Colours and styles of a timeline row, resolved from the antd theme once per panel rather than
 * once per row: rows are plain elements (no antd Tag/Typography per row), which keeps mounting a
 * long timeline cheap. The look follows antd's small Tag and secondary Text.
 */
export interface RowPalette {
  border: string;
  stageBorder: string;
  chainBorder: string;
  highlightBg: string;
  highlightOutline: string;
  anomalyBg: string;
  secondary: CSSProperties;
  partner: CSSProperties;
  summary: CSSProperties;
  tag: CSSProperties;
  stageTag: CSSProperties;
  anomalyTag: CSSProperties;
}

export function useRowPalette(): RowPalette {
  const { token } = theme.useToken();
  return useMemo(() => {
    const tag: CSSProperties = {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 3,
      flex: 'none',
      boxSizing: 'border-box',
      height: token.lineHeightSM * token.fontSizeSM + 2,
      paddingInline: 7,
      fontSize: token.fontSizeSM,
      lineHeight: `${String(token.lineHeightSM * token.fontSizeSM)}px`,
      whiteSpace: 'nowrap',
      border: `${String(token.lineWidth)}px solid ${token.colorBorder}`,
      borderRadius: token.borderRadiusSM,
      background: token.colorFillQuaternary,
      color: token.colorText,
    };
    const secondary: CSSProperties = {
      color: token.colorTextSecondary,
      whiteSpace: 'nowrap',
      fontVariantNumeric: 'tabular-nums',
    };
    return {
      border: token.colorBorderSecondary,
      stageBorder: token.colorPrimaryBorder,
      chainBorder: token.colorError,
      highlightBg: token.colorPrimaryBg,
      highlightOutline: token.colorPrimary,
      anomalyBg: token.colorWarningBg,
      secondary,
      partner: {
        ...secondary,
        minWidth: 0,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        marginInlineStart: 'auto',
      },
      summary: { color: token.colorText },
      tag,
      stageTag: {
        ...tag,
        color: token.colorInfoText,
        background: token.colorInfoBg,
        borderColor: token.colorInfoBorder,
      },
      anomalyTag: {
        ...tag,
        color: token.colorErrorText,
        background: token.colorErrorBg,
        borderColor: token.colorErrorBorder,
      },
    };
  }, [token]);
}
