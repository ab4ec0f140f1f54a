import { describe, expect, it } from 'vitest';
import type { GlobalToken } from 'antd';
import { themeVarsClass, tokenThemeClass } from './theme-vars';

const themeStyles = (name: string) =>
  [...document.head.querySelectorAll<HTMLStyleElement>('style[data-theme-vars]')].filter(
    (style) => style.dataset.themeVars === name,
  );

describe('theme values as a class', () => {
  it('writes one rule per distinct set of values and reuses its class', () => {
    const light = themeVarsClass('fb-test', { '--fb-test-text': '#000', '--fb-test-gap': 4 });
    const again = themeVarsClass('fb-test', { '--fb-test-text': '#000', '--fb-test-gap': 4 });
    expect(again).toBe(light);
    expect(themeStyles('fb-test')).toHaveLength(1);
    expect(themeStyles('fb-test')[0]?.textContent).toBe(
      `.${light}{--fb-test-text:#000;--fb-test-gap:4;}`,
    );

    const dark = themeVarsClass('fb-test', { '--fb-test-text': '#fff', '--fb-test-gap': 4 });
    expect(dark).not.toBe(light);
    expect(dark).toMatch(/^fb-test-[0-9a-z]+$/);
    expect(themeStyles('fb-test')).toHaveLength(2);
  });

  it('gives the values to the elements that take the class', () => {
    const className = themeVarsClass('fb-probe', { '--fb-probe-colour': 'rgb(1, 2, 3)' });
    const element = document.createElement('div');
    element.className = className;
    document.body.append(element);
    expect(getComputedStyle(element).getPropertyValue('--fb-probe-colour').trim()).toBe(
      'rgb(1, 2, 3)',
    );
    element.remove();
  });

  it('works a token’s class out once per token object, a new theme bringing its own', () => {
    let asked = 0;
    const classOf = tokenThemeClass('fb-token', (token) => {
      asked += 1;
      return { '--fb-token-text': token.colorText };
    });
    const light = { colorText: '#000' } as GlobalToken;
    const dark = { colorText: '#fff' } as GlobalToken;
    expect(classOf(light)).toBe(classOf(light));
    expect(asked).toBe(1);
    expect(classOf(dark)).not.toBe(classOf(light));
    expect(asked).toBe(2);
    expect(themeStyles('fb-token')).toHaveLength(2);
  });
});
