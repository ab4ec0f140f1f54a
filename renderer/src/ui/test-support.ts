/** The stylesheet rule `tokenThemeClass` wrote for a theme class (tests read its values). */
export const themeRuleOf = (className: string): string =>
  [...document.head.querySelectorAll<HTMLStyleElement>('style[data-theme-vars]')].find((style) =>
    style.textContent.startsWith(`.${className}{`),
  )?.textContent ?? '';
