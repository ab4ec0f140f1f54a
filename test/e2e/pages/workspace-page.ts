import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../../shared/domain.js';

export type PanelName = 'profile' | 'complaints' | 'timeline' | 'risk' | 'scripts' | 'known-facts';

/** How far a scrolling box is wider than what it shows (0: no horizontal scroll). */
export interface HorizontalOverflow {
  document: number;
  body: number;
  pop: number;
  /** Up to five elements sticking out of the viewport sideways, to name the culprit. */
  offenders: string[];
}

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

  panel(name: PanelName): Locator {
    return this.page.getByTestId(`panel-${name}`);
  }

  /** The customer's name as the profile header shows it. */
  customerName(): Locator {
    return this.page.getByTestId('customer-name');
  }

  knownFact(kind: string): Locator {
    return this.page.locator(`[data-testid="known-fact"][data-fact-kind="${kind}"]`);
  }

  timelineRow(summary: string): Locator {
    return this.panel('timeline').getByTestId('timeline-row').filter({ hasText: summary });
  }

  /** Live regions a screen reader would read out, holding `text`. */
  liveRegion(text: string): Locator {
    return this.page
      .locator('[aria-live="polite"], [aria-live="assertive"]')
      .filter({ hasText: text });
  }

  /** Picks a UI language on the header's switch and waits until the page has taken it. */
  async switchLanguage(language: Language): Promise<void> {
    await this.page
      .getByTestId('language-switch')
      .getByTestId(`language-option-${language}`)
      .click();
    await this.page.waitForFunction((l) => document.documentElement.lang === l, language);
  }

  /** `<html dir lang>` as the browser sees them. */
  async documentDirection(): Promise<{ dir: string; lang: string }> {
    return this.page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }));
  }

  /** Horizontal scroll of the page, its body and the pop container, in CSS pixels. */
  async horizontalOverflow(): Promise<HorizontalOverflow> {
    return this.page.evaluate(() => {
      const excess = (el: Element | null) =>
        el === null ? 0 : Math.max(0, el.scrollWidth - el.clientWidth);
      const width = document.documentElement.clientWidth;
      const offenders: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue;
        const testId = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        offenders.push(
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} in ${testId}: ${Math.round(rect.left)}..${Math.round(rect.right)}`,
        );
        if (offenders.length === 5) break;
      }
      return {
        document: excess(document.documentElement),
        body: excess(document.body),
        pop: excess(document.querySelector('[data-testid="pop"]')),
        offenders,
      };
    });
  }

  /** How far the page itself scrolls vertically, in CSS pixels (panels scroll inside themselves). */
  async pageVerticalOverflow(): Promise<number> {
    return this.page.evaluate(() =>
      Math.max(0, document.documentElement.scrollHeight - document.documentElement.clientHeight),
    );
  }

  /** True when any `<img>` or `<script>` element exists inside the timeline panel. */
  async timelineHasMarkupElements(): Promise<boolean> {
    return (await this.panel('timeline').locator('img, script').count()) > 0;
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
