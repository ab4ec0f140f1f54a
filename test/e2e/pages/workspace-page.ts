import type { Locator, Page } from 'playwright-core';

/** The agent workspace: idle, or the pop of the contact on hand. */
export class WorkspacePage {
  constructor(private readonly page: Page) {}

  /** Resolves when the desktop is connected and has told the gateway it is ready. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('[data-app-state="ready"]').waitFor({ timeout: 30_000 });
  }

  idle(): Locator {
    return this.page.getByTestId('idle');
  }

  pop(contactId: string): Locator {
    return this.page.locator(`[data-testid="pop"][data-contact-id="${contactId}"]`);
  }

  panel(name: 'profile' | 'complaints' | 'timeline' | 'scripts'): Locator {
    return this.page.getByTestId(`panel-${name}`);
  }

  async endContact(): Promise<void> {
    await this.page.getByTestId('contact-end').click();
  }

  /** Several customers matched: the picker of candidates. */
  matchPicker(): Locator {
    return this.page.getByTestId('match-candidates');
  }

  async pickCandidate(customerId: string): Promise<void> {
    await this.page.getByTestId(`match-pick-${customerId}`).click();
  }

  /** Nobody matched: the customer search box. */
  customerSearch(): Locator {
    return this.page.getByTestId('customer-search');
  }

  async searchCustomer(query: string): Promise<void> {
    await this.customerSearch().fill(query);
  }

  searchResult(customerId: string): Locator {
    return this.page.getByTestId(`search-result-${customerId}`);
  }

  async linkSearchResult(customerId: string): Promise<void> {
    await this.page.getByTestId(`search-link-${customerId}`).click();
  }
}
