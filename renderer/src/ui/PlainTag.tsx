import type { GlobalToken } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { tokenThemeClass, type ThemeVars } from './theme-vars';
import './plain-tag.css';

/** antd's preset colours a plain tag can take, and the status colours. */
const PLAIN_TAG_PRESETS = ['blue', 'geekblue', 'purple', 'gold', 'cyan'] as const;
const STATUSES = { success: 'Success', warning: 'Warning', error: 'Error' } as const;
export type PlainTagColor = 'default' | (typeof PLAIN_TAG_PRESETS)[number] | keyof typeof STATUSES;

type Palette = { bg: string; border: string; text: string; solid: string };

function paletteOf(color: PlainTagColor, token: GlobalToken): Palette {
  if (color === 'default') {
    return {
      bg: token.colorFillTertiary,
      border: token.colorBorder,
      text: token.colorText,
      solid: token.colorBgSolid,
    };
  }
  if (color in STATUSES) {
    const name = STATUSES[color as keyof typeof STATUSES];
    return {
      bg: token[`color${name}Bg`],
      border: token[`color${name}Border`],
      text: token[`color${name}`],
      solid: token[`color${name}`],
    };
  }
  const preset = color as (typeof PLAIN_TAG_PRESETS)[number];
  return {
    bg: token[`${preset}1`],
    border: token[`${preset}3`],
    text: token[`${preset}7`],
    solid: token[`${preset}6`],
  };
}

/** Every colour, in the order of `plain-tag.css`'s rules (one per colour). */
const PLAIN_TAG_COLORS: readonly PlainTagColor[] = [
  'default',
  ...PLAIN_TAG_PRESETS,
  ...(Object.keys(STATUSES) as (keyof typeof STATUSES)[]),
];

/**
 * The theme's values for `plain-tag.css`: put this class on the container of the rows that hold
 * plain tags (one class per theme, not a style per tag).
 */
export const plainTagThemeClass = tokenThemeClass('fb-tag-theme', (token) => {
  const vars: Record<`--${string}`, string | number> = {
    '--fb-tag-font': `${String(token.fontSizeSM)}px`,
    '--fb-tag-line-height': `${String(token.lineHeightSM * token.fontSizeSM)}px`,
    '--fb-tag-line': `${String(token.lineWidth)}px`,
    '--fb-tag-radius': `${String(token.borderRadiusSM)}px`,
    '--fb-tag-solid-text': token.colorTextLightSolid,
  };
  for (const color of PLAIN_TAG_COLORS) {
    const palette = paletteOf(color, token);
    vars[`--fb-tag-${color}-bg`] = palette.bg;
    vars[`--fb-tag-${color}-border`] = palette.border;
    vars[`--fb-tag-${color}-text`] = palette.text;
    vars[`--fb-tag-${color}-solid`] = palette.solid;
  }
  return vars satisfies ThemeVars;
});

interface PlainTagProps {
  color?: PlainTagColor;
  /** Filled with the colour, text in white (antd's `variant="solid"`). */
  solid?: boolean;
  /** A leading icon, e.g. a `fb-icon` mask. */
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
  /** Other attributes for tests and styles (`data-*`). */
  data?: Readonly<Record<`data-${string}`, string | number>>;
  style?: CSSProperties;
}

/**
 * A tag in antd's look as one `<span>`: for rows drawn again at every pushed board, where antd's
 * Tag (a component with its CSS-in-JS and wave effect) was one of the larger parts of the lead's
 * render. Needs `plainTagThemeClass` on an ancestor.
 */
export function PlainTag({
  color = 'default',
  solid = false,
  icon,
  title,
  children,
  data,
  style,
}: PlainTagProps) {
  return (
    <span
      {...data}
      className="fb-tag"
      data-color={color}
      data-solid={solid}
      title={title}
      style={style}
    >
      {icon}
      {children}
    </span>
  );
}
