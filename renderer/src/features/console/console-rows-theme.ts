import type { GlobalToken } from 'antd';
import { themeVarsClass } from '../../ui/theme-vars';
import './console-rows.css';

const themeClasses = new WeakMap<GlobalToken, string>();

/** The theme's values for `console-rows.css`, as a class worked out once per theme. */
export function consoleRowsThemeClass(token: GlobalToken): string {
  let className = themeClasses.get(token);
  if (className === undefined) {
    className = themeVarsClass('fb-console-rows-theme', {
      '--fb-row-strong': token.fontWeightStrong,
      '--fb-row-secondary': token.colorTextSecondary,
      '--fb-row-small': `${String(token.fontSizeSM)}px`,
      '--fb-row-border': token.colorBorderSecondary,
      '--fb-row-danger': token.colorError,
    });
    themeClasses.set(token, className);
  }
  return className;
}
