import type { Page } from 'playwright-core';

/** The sign-in screen, as an agent uses it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('[data-app-state="signed-out"]').waitFor();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByTestId('signin-username').fill(username);
    await this.page.getByTestId('signin-password').fill(password);
    await this.page.getByTestId('signin-submit').click();
  }

  error() {
    return this.page.getByTestId('signin-error');
  }
}
