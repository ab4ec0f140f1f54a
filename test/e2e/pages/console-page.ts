import type { Locator, Page } from 'playwright-core';

/** The team lead's console, as a lead uses it. */
export class ConsolePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('console-open').click();
    await this.page.locator('[data-testid="console-page"][data-board-generated-at]').waitFor();
  }

  riskRow(contactId: string): Locator {
    return this.page.locator(`[data-testid="risk-row"][data-contact-id="${contactId}"]`);
  }

  alert(rule: string, customerName: string): Locator {
    return this.page
      .locator(`[data-testid="alert-row"][data-rule="${rule}"]`)
      .filter({ hasText: customerName });
  }

  agentRow(agentId: string): Locator {
    return this.page.locator(`[data-testid="agent-row"][data-agent-id="${agentId}"]`);
  }

  /** Sends a waiting contact to the agent named `agentName` from its risk row. */
  async reassign(contactId: string, agentName: string): Promise<void> {
    await this.riskRow(contactId).getByTestId('risk-reassign').click();
    const dialog = this.page.getByTestId('reassign-dialog');
    await dialog.getByTestId('reassign-agent').click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: agentName })
      .first()
      .click();
    await dialog.getByTestId('reassign-confirm').click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens the set-state dialog of an agent from the agents grid; answers the open modal. */
  async openAgentState(agentId: string): Promise<Locator> {
    await this.page.getByTestId('console-tab-agents').click();
    await this.agentRow(agentId).getByTestId('agent-set-state').click();
    await this.page.getByTestId('agent-state-dialog').waitFor();
    return this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('agent-state-dialog') });
  }

  /** In the open set-state dialog: picks available, or away for a reason, and confirms. */
  async chooseAgentState(choice: 'available' | 'break' | 'meeting' | 'training'): Promise<void> {
    const dialog = this.page.getByTestId('agent-state-dialog');
    // check(): clicks, then fails at once if the radio did not take the click.
    await dialog.locator(`[data-testid="agent-state-option"][data-value="${choice}"]`).check();
    await dialog.getByTestId('agent-state-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByTestId('console-tab-live').click();
  }

  /** Sets an agent available, or away for a reason, from the agents grid. */
  async setAgentState(agentId: string, choice: 'available' | 'break' | 'meeting' | 'training'): Promise<void> {
    await this.openAgentState(agentId);
    await this.chooseAgentState(choice);
  }
}
