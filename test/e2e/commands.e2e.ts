import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { E2E_PASSWORD, rowsOf, startE2eGateway, type E2eGateway } from './support/gateway.js';
import { CommandPalette } from './pages/command-palette.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

let gw: E2eGateway;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  gw = await startE2eGateway();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser.close();
  await gw.close();
});

/** A seeded customer whose phone number is theirs alone (so the contact matches one). */
async function customerWithUniquePhone(): Promise<{ id: string; phone: string }> {
  const result = await gw.database.db.execute(sql`
    select c.id, c.phone from customers c
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit 1`);
  const row = rowsOf<{ id: string; phone: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with a unique phone');
  return row;
}

describe('commands from the keyboard', () => {
  it('ends the popped contact from the command palette', async () => {
    const signIn = new SignInPage(page);
    const workspace = new WorkspacePage(page);
    const palette = new CommandPalette(page);
    await signIn.open(gw.url);
    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.idle().waitFor();

    const customer = await customerWithUniquePhone();
    const res = await gw.postContact({
      externalId: `e2e-commands-${Date.now()}`,
      channel: 'voice',
      from: { phone: customer.phone },
      queue: 'claims-voice',
    });
    expect(res.status).toBe(202);
    const { contactId } = (await res.json()) as { contactId: string };
    await workspace.pop(contactId).waitFor();
    await workspace.panel('scripts').waitFor();

    await palette.open();
    await palette.run('End contact');

    await workspace.idle().waitFor();
    // The dialog closes (after its animation) and leaves nothing behind.
    await palette.root().waitFor({ state: 'detached' });
  });
});
