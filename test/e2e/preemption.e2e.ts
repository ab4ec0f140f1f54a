import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();

/** A seeded customer with an open claim past its promised date and a phone nobody else has. */
async function customerWithLateClaim(): Promise<{ id: string; phone: string; claimId: string }> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.phone, k.id as "claimId" from customers c
    join claims k on k.customer_id = c.id and k.closed_at is null and k.promised_at < now()
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit 1`);
  const row = rowsOf<{ id: string; phone: string; claimId: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with a late claim');
  return row;
}

describe('complaint pre-emption on the desktop', () => {
  it('shows the risk and why before hello, and updates it live when the customer writes "我要投诉"', async () => {
    const workspace = new WorkspacePage(session.page);
    const signIn = new SignInPage(session.page);
    await signIn.open(session.gw.url);
    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.switchLanguage('en');

    const customer = await customerWithLateClaim();
    const res = await session.gw.postContact({
      externalId: `e2e-risk-${String(Date.now())}`,
      channel: 'voice',
      from: { phone: customer.phone },
      queue: 'claims-voice',
    });
    const { contactId } = (await res.json()) as { contactId: string };
    await workspace.pop(contactId).waitFor();

    const risk = workspace.panel('risk');
    await expect.poll(() => risk.getByTestId('risk-band').textContent()).toMatch(/medium|high/i);
    expect(await risk.getByTestId('risk-why').textContent()).toContain(customer.claimId);
    const before = await risk.getByTestId('risk-contribution').count();

    const posted = await session.gw.postTouchpoints([
      {
        eventId: `e2e-chat-${String(Date.now())}`,
        customerId: customer.id,
        occurredAt: new Date().toISOString(),
        channel: 'chat',
        stage: 'claim',
        kind: 'chat.message',
        summary: '再不给答复我要投诉！',
        claimId: customer.claimId,
        attributes: { direction: 'inbound', text: '再不给答复我要投诉！' },
      },
    ]);
    expect(posted.status).toBe(200);
    await expect.poll(() => risk.getByTestId('risk-contribution').count(), { timeout: 5000 }).toBeGreaterThan(before);
    expect(await risk.textContent()).toContain('投诉');
    await expect.poll(() => risk.getByTestId('risk-band').textContent()).toMatch(/high/i);

    await workspace.endContact();
    await workspace.idle().waitFor();
  });

  it('works the pre-emption worklist: claim a customer, record the outcome', async () => {
    const page = session.page;
    await page.keyboard.press('Control+Alt+KeyW');
    const list = page.getByTestId('worklist');
    await list.waitFor();
    const first = list.getByTestId('worklist-item').first();
    await first.waitFor();
    const name = (await first.getByTestId('worklist-customer').textContent()) ?? '';
    expect(name).not.toBe('');

    await first.getByTestId('worklist-claim').click();
    const mine = list.getByTestId('worklist-item').filter({ hasText: name });
    await mine.getByTestId('worklist-outcome-form').waitFor();
    await mine.getByTestId('worklist-outcome').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Follow-up booked' }).click();
    await mine.getByTestId('worklist-note').fill('Called back; adjuster visit booked for Friday');
    await mine.getByTestId('worklist-outcome-submit').click();
    await expect.poll(() => list.getByTestId('worklist-item').filter({ hasText: name }).count()).toBe(0);
  });
});
