import { tokenThemeClass } from '../../ui/theme-vars';
import './console-rows.css';

/** The theme's values for `console-rows.css`, as a class worked out once per theme. */
export const consoleRowsThemeClass = tokenThemeClass('fb-console-rows-theme', (token) => ({
  '--fb-row-strong': token.fontWeightStrong,
  '--fb-row-secondary': token.colorTextSecondary,
  '--fb-row-small': `${String(token.fontSizeSM)}px`,
  '--fb-row-border': token.colorBorderSecondary,
  '--fb-row-danger': token.colorError,
}));
