import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { theme } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { PlainButton, plainButtonThemeClass } from './PlainButton';
import { themeRuleOf as ruleOf } from './test-support';

describe('PlainButton', () => {
  it('takes its colours and size from the theme, light and dark alike', () => {
    const light = theme.getDesignToken();
    const dark = theme.getDesignToken({ algorithm: theme.darkAlgorithm });
    const lightRule = ruleOf(plainButtonThemeClass(light));
    expect(lightRule).toContain(`--fb-btn-primary:${light.colorPrimary};`);
    expect(lightRule).toContain(`--fb-btn-height:${String(light.controlHeightSM)}px;`);
    expect(lightRule).toContain(`--fb-btn-bg:${light.colorBgContainer};`);
    const darkRule = ruleOf(plainButtonThemeClass(dark));
    expect(darkRule).toContain(`--fb-btn-bg:${dark.colorBgContainer};`);
    expect(darkRule).not.toBe(lightRule);
  });

  it('is a button with its label that does what it says when pressed', async () => {
    const onClick = vi.fn();
    render(
      <PlainButton kind="primary" onClick={onClick} data={{ 'data-testid': 'ack' }}>
        Acknowledge
      </PlainButton>,
    );
    const button = screen.getByRole('button', { name: 'Acknowledge' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-kind', 'primary');
    expect(button).toBe(screen.getByTestId('ack'));
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('cannot be pressed while busy or disabled, and says it is busy', async () => {
    const onClick = vi.fn();
    const { rerender } = render(
      <PlainButton loading onClick={onClick}>
        Front
      </PlainButton>,
    );
    const button = screen.getByRole('button', { name: 'Front' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    rerender(
      <PlainButton disabled onClick={onClick}>
        Front
      </PlainButton>,
    );
    expect(button).toBeDisabled();
    expect(button).not.toHaveAttribute('aria-busy');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});
