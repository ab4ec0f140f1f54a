import { render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { PlainTag, plainTagThemeClass } from './PlainTag';
import { themeRuleOf as ruleOf } from './test-support';

describe('PlainTag', () => {
  it('takes every colour’s values from the theme, light and dark alike', () => {
    const light = theme.getDesignToken();
    const dark = theme.getDesignToken({ algorithm: theme.darkAlgorithm });
    const lightRule = ruleOf(plainTagThemeClass(light));
    expect(lightRule).toContain(`--fb-tag-error-bg:${light.colorErrorBg};`);
    expect(lightRule).toContain(`--fb-tag-error-text:${light.colorError};`);
    expect(lightRule).toContain(`--fb-tag-gold-border:${light.gold3};`);
    expect(lightRule).toContain(`--fb-tag-blue-solid:${light.blue6};`);
    const darkRule = ruleOf(plainTagThemeClass(dark));
    expect(darkRule).toContain(`--fb-tag-gold-text:${dark.gold7};`);
    expect(darkRule).not.toBe(lightRule);
  });

  it('is one element with its text, colour and attributes', () => {
    render(
      <PlainTag
        color="gold"
        solid
        data={{ 'data-testid': 'tag', 'data-tier': 'gold' }}
        title="Gold"
      >
        Gold
      </PlainTag>,
    );
    const tag = screen.getByTestId('tag');
    expect(tag).toHaveTextContent('Gold');
    expect(tag).toHaveAttribute('data-color', 'gold');
    expect(tag).toHaveAttribute('data-solid', 'true');
    expect(tag).toHaveAttribute('data-tier', 'gold');
    expect(tag).toHaveAttribute('title', 'Gold');
    expect(tag.children).toHaveLength(0);
  });
});
