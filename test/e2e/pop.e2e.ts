import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { PopBundle } from '../../shared/schemas/pop.js';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();

/** A seeded customer with an open complaint and a phone number nobody else has. */
async function customerWithOpenComplaint(): Promise<{ id: string; phone: string }> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.phone from customers c
    where exists (select 1 from complaints v where v.customer_id = c.id and v.status = 'open')
      and exists (select 1 from touchpoints t where t.customer_id = c.id)
      and not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit 1`);
  const row = rowsOf<{ id: string; phone: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with an open complaint');
  return row;
}

/** What the gateway knows about the customer, read through its own API. */
async function popFromApi(customerId: string): Promise<PopBundle> {
  const login = await fetch(`${session.gw.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zhang.lead', password: E2E_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${session.gw.url}/api/v1/customers/${customerId}/pop`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as PopBundle;
}

describe("an inbound call pops the customer's whole story", () => {
  it('signs in, receives the signed contact and paints profile, complaint, timeline and script', async () => {
    const signIn = new SignInPage(session.page);
    const workspace = new WorkspacePage(session.page);
    await signIn.open(session.gw.url);
    await signIn.signIn('lin.wei', 'wrong-password');
    await expect.poll(() => signIn.error().textContent()).toBeTruthy();

    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.idle().waitFor();

    const customer = await customerWithOpenComplaint();
    const expected = await popFromApi(customer.id);
    expect(expected.scripts.length).toBeGreaterThan(0);

    const res = await session.gw.postContact({
      externalId: `e2e-${Date.now()}`,
      channel: 'voice',
      from: { phone: customer.phone },
      queue: 'claims-voice',
    });
    expect(res.status).toBe(202);
    const { contactId, match } = (await res.json()) as { contactId: string; match: string };
    expect(match).toBe('one');

    const pop = workspace.pop(contactId);
    await pop.waitFor();
    const complaint = expected.complaints.find((c) => c.status === 'open');
    await expect
      .poll(() => workspace.panel('profile').textContent())
      .toContain(expected.customer.name);
    expect(await workspace.panel('complaints').textContent()).toContain(complaint?.customerWords);
    expect(await workspace.panel('timeline').textContent()).toContain(
      expected.timeline.items[0]?.summary,
    );
    expect(await workspace.panel('scripts').textContent()).toContain(expected.scripts[0]?.title);
    // The panels and timeline rows are styled by the renderer's stylesheets, themed from antd.
    const looks = await workspace.panel('timeline').evaluate((panel) => {
      const row = panel.querySelector('[data-testid="timeline-row"]');
      if (!row) return null;
      const frame = getComputedStyle(panel);
      const line = getComputedStyle(row);
      return {
        frameRadius: frame.borderTopLeftRadius,
        frameBorder: frame.borderTopWidth,
        rowPosition: line.position,
        rowDivider: line.borderBottomWidth,
      };
    });
    expect(looks).toEqual({
      frameRadius: '8px',
      frameBorder: '1px',
      rowPosition: 'absolute',
      rowDivider: '1px',
    });
    // Masked on the wire and on screen: the full number never reaches the page.
    expect(await session.page.content()).not.toContain(customer.phone.slice(-8));

    await workspace.endContact();
    await workspace.idle().waitFor();
  });
});
