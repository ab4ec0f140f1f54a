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

  /** Answers the ringing contact on screen. */
  async accept(): Promise<void> {
    await this.page.getByTestId('contact-accept').click();
    await this.page.getByTestId('contact-end').waitFor();
  }

  /** Answers it if it still rings, ends it, and wraps it up with no action: the desk is clear. */
  async endContact(): Promise<void> {
    const accept = this.page.getByTestId('contact-accept');
    if (await accept.isVisible()) await this.accept();
    await this.page.getByTestId('contact-end').click();
    await this.wrapUp({ disposition: 'No action needed' });
  }

  wrapUpForm(): Locator {
    return this.page.getByTestId('wrapup-form');
  }

  /** Fills the wrap-up form (English labels) and submits it. */
  async wrapUp(w: {
    disposition: string;
    note?: string;
    rootCauses?: string[];
    customerWords?: string;
    sentiment?: 'positive' | 'neutral' | 'negative';
    promise?: { description: string; preset: 'tomorrow-17' | 'friday-17' | 'in-3-days' };
  }): Promise<void> {
    const form = this.wrapUpForm();
    await form.waitFor();
    await this.choose(form.getByTestId('wrapup-disposition'), w.disposition);
    if (w.note) await form.locator('[name="wrapUpNote"]').fill(w.note);
    for (const cause of w.rootCauses ?? []) {
      await form.locator(`[data-testid="wrapup-root-cause"][data-value="${cause}"]`).click();
    }
    if (w.customerWords) await form.locator('[name="customerWords"]').fill(w.customerWords);
    if (w.sentiment) await form.locator(`[data-testid="wrapup-sentiment"][data-value="${w.sentiment}"]`).click();
    if (w.promise) {
      await form.locator('[name="promiseDescription"]').fill(w.promise.description);
      await form.locator(`[data-testid="wrapup-promise-preset"][data-value="${w.promise.preset}"]`).click();
    }
    await form.getByTestId('wrapup-submit').click();
    await form.waitFor({ state: 'detached' });
  }

  /** Picks `label` in an antd Select. */
  async choose(select: Locator, label: string): Promise<void> {
    await select.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  }

  /** The tab of a held contact. */
  tab(contactId: string): Locator {
    return this.page.locator(`[data-testid="offer-tab"][data-contact-id="${contactId}"]`);
  }

  chatPane(): Locator {
    return this.page.getByTestId('chat-pane');
  }

  chatMessages(sender: 'customer' | 'agent' | 'system'): Locator {
    return this.chatPane().locator(`[data-testid="chat-message"][data-sender="${sender}"]`);
  }

  /** Types `/shortcut` in the chat box and picks the canned reply, then sends it. */
  async sendCannedReply(shortcut: string): Promise<void> {
    const input = this.chatPane().getByTestId('chat-input');
    await input.fill(`/${shortcut}`);
    await this.page.locator(`[data-testid="canned-option"][data-shortcut="${shortcut}"]`).click();
    await this.chatPane().getByTestId('chat-send').click();
  }

  async sendChat(text: string): Promise<void> {
    await this.chatPane().getByTestId('chat-input').fill(text);
    await this.chatPane().getByTestId('chat-send').click();
  }

  /** Transfers the contact on screen, with a note (the known facts stay ticked). */
  async transfer(t: { mode: 'warm' | 'cold'; agentName: string; note: string }): Promise<void> {
    await this.page.getByTestId('contact-transfer').click();
    const dialog = this.page.getByTestId('transfer-dialog');
    await dialog.locator(`[data-testid="transfer-mode"][data-value="${t.mode}"]`).click();
    await dialog.locator('[data-testid="transfer-target-kind"][data-value="agent"]').click();
    await this.choose(dialog.getByTestId('transfer-target'), t.agentName);
    await dialog.locator('[name="transferNote"]').fill(t.note);
    await dialog.getByTestId('transfer-submit').click();
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
