import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, signedInState } from '../../../test/setup/renderer-providers';
import { AppRoot } from '../app/AppRoot';

describe('language', () => {
  it('follows the browser until the agent chooses', () => {
    renderWithProviders(<AppRoot />);
    expect(screen.getByTestId('signin-submit')).toHaveTextContent('Sign in');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('starts in the language the agent chose before', () => {
    renderWithProviders(<AppRoot />, { state: { language: 'zh-CN' } });
    // antd spaces out two-character Chinese button labels ("登 录").
    expect(screen.getByTestId('signin-submit')).toHaveTextContent(/^登\s?录$/);
    expect(screen.getByText('用户名')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
  });

  it('switches the workspace to Chinese at once and remembers it', async () => {
    const { user } = renderWithProviders(<AppRoot />, { state: signedInState() });
    expect(await screen.findByTestId('idle')).toHaveTextContent('Waiting for the next contact');

    await user.click(screen.getByTestId('language-option-zh-CN'));

    await waitFor(() =>
      expect(screen.getByTestId('idle')).toHaveTextContent('等待下一个来电或会话'),
    );
    expect(screen.getByTestId('signout')).toHaveTextContent('退出登录');
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(window.localStorage.getItem('firebreak:ui')).toBe('{"language":"zh-CN"}');
  });

  it('lays the page out right-to-left in Persian', async () => {
    const { user } = renderWithProviders(<AppRoot />, { state: signedInState() });

    await user.click(screen.getByTestId('language-option-fa'));

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
    expect(screen.getByTestId('idle')).toHaveTextContent('در انتظار تماس بعدی');
    // antd components follow the direction too.
    expect(document.querySelector('.ant-layout-rtl, [class*="-rtl"]')).not.toBeNull();

    await user.click(screen.getByTestId('language-option-en'));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
  });
});
