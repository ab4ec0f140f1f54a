import type { Locator, Page } from 'playwright-core';

/** The customer's chat page at /chat/, as a customer uses it. */
export class CustomerChatPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, language: 'zh-CN' | 'en' | 'fa' = 'zh-CN'): Promise<void> {
    await this.page.goto(`${baseUrl}/chat/?lang=${language}`);
    await this.page.locator('[data-app-state="ready"]').waitFor();
  }

  async start(details: { name: string; phone?: string; message: string }): Promise<void> {
    const form = this.page.getByTestId('chat-start');
    await form.locator('[name="name"]').fill(details.name);
    if (details.phone) await form.locator('[name="phone"]').fill(details.phone);
    await form.locator('[name="message"]').fill(details.message);
    await this.page.getByTestId('chat-start-submit').click();
    await this.status().waitFor();
  }

  status(): Locator {
    return this.page.getByTestId('chat-status');
  }

  async send(text: string): Promise<void> {
    await this.page.getByTestId('chat-input').fill(text);
    await this.page.getByTestId('chat-send').click();
  }

  messages(sender: 'customer' | 'agent' | 'system'): Locator {
    return this.page.locator(`[data-testid="chat-message"][data-sender="${sender}"]`);
  }
}
