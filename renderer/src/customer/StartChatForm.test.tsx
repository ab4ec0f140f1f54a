import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHAT_SESSION_STORAGE_KEY } from './chat-session';
import { initialCustomerLanguage } from './customer-i18n';
import { aStoredSession, jsonResponse, renderCustomerChat } from './test-support';

const field = (name: string) => {
  const element = screen.getByTestId('chat-start').querySelector(`[name="${name}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no field named ${name}`);
  return element;
};

/** Types a whole value at once (as a paste), to keep the tests quick. */
async function fill(user: UserEvent, name: string, value: string) {
  await user.click(field(name));
  await user.paste(value);
}

describe('starting a chat', () => {
  it('posts who the customer is and their first words, then opens the chat', async () => {
    const { user, requests, sockets } = renderCustomerChat();

    await fill(user, 'name', '  Wang Fang ');
    await fill(user, 'phone', '+86 13800');
    await user.selectOptions(screen.getByTestId('chat-language'), 'zh-CN');
    await fill(user, 'message', 'My claim was rejected');
    await user.click(screen.getByTestId('chat-start-submit'));

    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toEqual({
      url: '/api/v1/chat/sessions',
      body: {
        name: 'Wang Fang',
        phone: '+86 13800',
        language: 'zh-CN',
        message: 'My claim was rejected',
      },
    });
    expect(await screen.findByTestId('chat-status')).toHaveAttribute('data-state', 'waiting');
    expect(screen.getByTestId('chat-status')).toHaveTextContent('正在等待客服人员');
    expect(sockets.latest().auth).toEqual({ token: 'chat-token' });
    expect(sockets.latest().emitsOf('chat.resume')).toEqual([{}]);
    expect(window.sessionStorage.getItem(CHAT_SESSION_STORAGE_KEY)).toContain(
      '"token":"chat-token"',
    );
  });

  it('shows the gateway’s field error next to the field and keeps what was typed', async () => {
    const { user, sockets } = renderCustomerChat({
      respond: () =>
        jsonResponse(400, {
          error: { code: 'validation_failed', message: 'bad phone', field: 'phone' },
        }),
    });

    await fill(user, 'name', 'Wang Fang');
    await fill(user, 'phone', '12345');
    await fill(user, 'message', 'Hello');
    await user.click(screen.getByTestId('chat-start-submit'));

    const phoneItem = field('phone').closest('.ant-form-item');
    if (!(phoneItem instanceof HTMLElement)) throw new Error('phone has no form item');
    expect(await within(phoneItem).findByText(/digits, spaces/)).toBeVisible();
    expect(field('phone')).toHaveValue('12345');
    expect(field('message')).toHaveValue('Hello');
    expect(sockets.sockets).toHaveLength(0);
  });

  it('says so when too many chats were started', async () => {
    const { user } = renderCustomerChat({
      respond: () => jsonResponse(429, { error: { code: 'rate_limited', message: 'slow down' } }),
    });

    await fill(user, 'name', 'Wang Fang');
    await fill(user, 'message', 'Hello');
    await user.click(screen.getByTestId('chat-start-submit'));

    expect(await screen.findByTestId('chat-start-error')).toHaveTextContent('Too many chats');
  });

  it('asks for a name and a message before calling the gateway', async () => {
    const { user, requests } = renderCustomerChat();

    await fill(user, 'email', 'not-an-email');
    await user.click(screen.getByTestId('chat-start-submit'));

    expect(await screen.findByText(/tell us your name/)).toBeVisible();
    expect(screen.getByText(/valid email address/)).toBeVisible();
    expect(screen.getByText(/Write your first message/)).toBeVisible();
    expect(requests).toHaveLength(0);
  });

  it('resumes the chat kept in this tab after a reload', async () => {
    const { sockets } = renderCustomerChat({ session: aStoredSession({ token: 'kept-token' }) });

    expect(await screen.findByTestId('chat-status')).toHaveAttribute('data-state', 'waiting');
    expect(screen.queryByTestId('chat-start')).not.toBeInTheDocument();
    expect(sockets.latest().auth).toEqual({ token: 'kept-token' });
  });

  it('ignores a kept chat that has expired', () => {
    renderCustomerChat({
      session: aStoredSession({ expiresAt: new Date(Date.now() - 1000).toISOString() }),
    });

    expect(screen.getByTestId('chat-start')).toBeInTheDocument();
  });
});

describe('language', () => {
  it('lays the page out right-to-left in Persian', () => {
    renderCustomerChat({ language: 'fa' });

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
    expect(screen.getByTestId('chat-start-submit')).toHaveTextContent('شروع گفتگو');
    expect(document.querySelector('[class*="-rtl"]')).not.toBeNull();
  });

  it('switches language from the form', async () => {
    const { user } = renderCustomerChat();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(screen.getByTestId('chat-language'), 'fa');

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(screen.getByTestId('chat-start-submit')).toHaveTextContent('شروع گفتگو');
  });

  it('takes ?lang= over the resumed chat and the browser', () => {
    expect(initialCustomerLanguage('?lang=fa', 'en', ['zh-CN'])).toBe('fa');
    expect(initialCustomerLanguage('?lang=zh', null, ['en-GB'])).toBe('zh-CN');
    expect(initialCustomerLanguage('?lang=xx', 'fa', ['en-GB'])).toBe('fa');
    expect(initialCustomerLanguage('', null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialCustomerLanguage('', null, ['de-DE'])).toBe('en');
  });
});
