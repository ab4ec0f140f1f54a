/**
 * Theme values for plain stylesheets: a rule `.name-hash { --var: value; … }` written once into a
 * `<style>` element per distinct set of values, and its class returned. An element that takes the
 * class passes the values on to its descendants as custom properties, so a component styled by a
 * static `.css` file follows the antd theme (light, dark, a tenant's colours) without setting a
 * single inline style per mount. Values come from the antd token; nothing here reads user input.
 */
import type { GlobalToken } from 'antd';

export type ThemeVars = Readonly<Record<`--${string}`, string | number>>;

const installed = new Map<string, string>();

/** FNV-1a, enough to tell sets of theme values apart in a class name. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The class carrying `vars`; the rule is added to the document the first time it is asked for. */
export function themeVarsClass(name: string, vars: ThemeVars): string {
  const body = Object.entries(vars)
    .map(([property, value]) => `${property}:${String(value)};`)
    .join('');
  const key = `${name}{${body}}`;
  const known = installed.get(key);
  if (known !== undefined) return known;
  const className = `${name}-${hash(key)}`;
  if (typeof document !== 'undefined') {
    const style = document.createElement('style');
    style.dataset.themeVars = name;
    style.textContent = `.${className}{${body}}`;
    document.head.append(style);
  }
  installed.set(key, className);
  return className;
}

/**
 * `themeVarsClass` for values taken from the antd theme token: the returned function works the
 * class out once per token object (a theme change brings a new one) and then only looks it up.
 */
export function tokenThemeClass(
  name: string,
  vars: (token: GlobalToken) => ThemeVars,
): (token: GlobalToken) => string {
  const byToken = new WeakMap<GlobalToken, string>();
  return (token) => {
    let className = byToken.get(token);
    if (className === undefined) {
      className = themeVarsClass(name, vars(token));
      byToken.set(token, className);
    }
    return className;
  };
}
