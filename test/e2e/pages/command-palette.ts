import type { Locator, Page } from 'playwright-core';

/** The command palette (Ctrl/⌘+K), driven from the keyboard only. */
export class CommandPalette {
  constructor(private readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('command-palette');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.page.getByTestId('command-palette-input').waitFor();
    await this.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'command-palette-input',
    );
  }

  /** Types the command's name and runs the first match with Enter. */
  async run(name: string): Promise<void> {
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
  }
}
