import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { ConsolePage } from './pages/console-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

// Alerts after 3 s instead of 30 s: the rule is the same, the test is shorter.
const session = useE2eSession({ env: { FIREBREAK_DIAMOND_WAIT_SECONDS: '3' } });

/** A seeded Diamond customer nobody else shares a phone with. */
async function diamondCustomer(): Promise<{ id: string; phone: string; name: string }> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.phone, c.name from customers c
    where c.tier = 'diamond'
      and not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit 1`);
  const row = rowsOf<{ id: string; phone: string; name: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no Diamond customer with a unique phone');
  return row;
}

async function agentId(username: string): Promise<string> {
  const result = await session.gw.database.db.execute(sql`select id from agents where username = ${username}`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) throw new Error(`no agent ${username}`);
  return id;
}

describe('the team lead console', () => {
  it('shows a Diamond customer waiting, raises the alert, and the contact reassigned by the lead pops on the chosen agent’s desktop', async () => {
    const { page, gw } = session;
    const lead = new WorkspacePage(page);
    await new SignInPage(page).open(gw.url);
    await new SignInPage(page).signIn('zhang.lead', E2E_PASSWORD);
    await lead.waitUntilReady();
    await lead.switchLanguage('en');
    // The lead watches; they take no calls themselves.
    await page.getByTestId('presence-toggle').click(); // asks why, the reasons already open
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Meeting' }).click();
    await expect.poll(() => page.getByTestId('presence-state').getAttribute('data-state')).toBe('away');

    // Lin Wei, the complaint specialist, at another desk.
    const otherDesk = await launchBrowser();
    try {
      const agentPage = await otherDesk.context.newPage();
      const agent = new WorkspacePage(agentPage);
      await new SignInPage(agentPage).open(gw.url);
      await new SignInPage(agentPage).signIn('lin.wei', E2E_PASSWORD);
      await agent.waitUntilReady();
      const linWei = await agentId('lin.wei');

      const consolePage = new ConsolePage(page);
      await consolePage.open();
      // The lead sends Lin Wei to a meeting from the console: nobody is free on claims-voice.
      await consolePage.setAgentState(linWei, 'meeting');
      await expect.poll(() => agentPage.getByTestId('presence-state').getAttribute('data-state')).toBe('away');

      // A Diamond customer calls and waits.
      const diamond = await diamondCustomer();
      const posted = await gw.postContact({
        externalId: `e2e-console-${String(Date.now())}`,
        channel: 'voice',
        from: { phone: diamond.phone },
        queue: 'claims-voice',
      });
      const { contactId } = (await posted.json()) as { contactId: string };
      const row = consolePage.riskRow(contactId);
      await row.waitFor();
      expect(await row.getAttribute('data-tier')).toBe('diamond');
      expect(await row.getAttribute('data-state')).toBe('queued');
      expect(await row.getByTestId('risk-customer').textContent()).toContain(diamond.name);

      // Past the threshold: the Diamond-waiting alert, which the lead acknowledges.
      const alert = consolePage.alert('diamond_waiting', diamond.name);
      await alert.waitFor({ timeout: 10_000 });
      await alert.getByTestId('alert-ack').click();
      await alert.getByTestId('alert-acknowledged-by').waitFor();
      expect(await alert.getByTestId('alert-acknowledged-by').textContent()).toContain('Zhang');

      // The lead sends the call to Lin Wei and brings him back from the meeting.
      await consolePage.reassign(contactId, 'Lin Wei');
      const stateDialog = await consolePage.openAgentState(linWei);
      // Every e2e page asks for reduced motion (support/browser.ts): dialogs open in place.
      expect(await stateDialog.getAttribute('class')).not.toMatch(/ant-zoom/);
      await consolePage.chooseAgentState('available');

      // Lin Wei's desktop rings with the customer's pop; he answers with their story on screen.
      await agentPage.getByTestId('offer-ringing').waitFor({ timeout: 10_000 });
      expect(await agentPage.getByTestId('ringing-who').textContent()).toContain(diamond.name);
      await agent.accept();
      await agent.pop(contactId).waitFor();
      expect(await agent.customerName().textContent()).toContain(diamond.name);
      // On the lead's board the contact is now live with its owner.
      await expect.poll(() => row.getAttribute('data-state')).toBe('active');
      expect(await row.getByTestId('risk-owner').textContent()).toContain('Lin Wei');
    } finally {
      await otherDesk.close();
    }
  });
});
