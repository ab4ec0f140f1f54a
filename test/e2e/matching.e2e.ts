import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();
let workspace: WorkspacePage;

beforeAll(async () => {
  workspace = new WorkspacePage(session.page);
  const signIn = new SignInPage(session.page);
  await signIn.open(session.gw.url);
  await signIn.signIn('lin.wei', E2E_PASSWORD);
  await workspace.waitUntilReady();
  await workspace.idle().waitFor();
});

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await session.gw.database.db.execute(statement));
}

/** Posts a call from this number; resolves with the contact id and how it matched. */
async function call(phone: string): Promise<{ contactId: string; match: string }> {
  const res = await session.gw.postContact({
    externalId: `e2e-match-${Date.now()}-${phone}`,
    channel: 'voice',
    from: { phone },
    queue: 'claims-voice',
  });
  expect(res.status).toBe(202);
  return (await res.json()) as { contactId: string; match: string };
}

describe('matching a contact to its customer', () => {
  it('shows a picker when several customers share the number, and picking pops the customer', async () => {
    const [first, second] = await query<{ id: string; name: string; phone: string }>(
      sql`select id, name, phone from customers order by id limit 2`,
    );
    if (!first || !second) throw new Error('the seed wrote fewer than 2 customers');
    await session.gw.database.db.execute(
      sql`update customers set phone = ${first.phone} where id = ${second.id}`,
    );

    const { contactId, match } = await call(first.phone);
    expect(match).toBe('many');
    await workspace.pop(contactId).waitFor();
    await workspace.matchPicker().waitFor();
    expect(await workspace.matchPicker().textContent()).toContain(second.name);

    await workspace.pickCandidate(second.id);
    await session.page.locator(`[data-testid="pop"][data-customer-id="${second.id}"]`).waitFor();
    await expect.poll(() => workspace.panel('profile').textContent()).toContain(second.name);
    await workspace.endContact();
    await workspace.idle().waitFor();
  });

  it('shows a search when nobody matched; a claim number finds the customer and linking pops them', async () => {
    const [claim] = await query<{ id: string; customer_id: string; name: string }>(
      sql`select c.id, c.customer_id, u.name from claims c join customers u on u.id = c.customer_id order by c.id limit 1`,
    );
    if (!claim) throw new Error('the seed wrote no claim');

    const { contactId, match } = await call('+10000000009');
    expect(match).toBe('none');
    await workspace.pop(contactId).waitFor();
    await workspace.customerSearch().waitFor();

    await workspace.searchCustomer(claim.id);
    await workspace.searchResult(claim.customer_id).waitFor();
    expect(await workspace.searchResult(claim.customer_id).textContent()).toContain(claim.name);

    await workspace.linkSearchResult(claim.customer_id);
    await expect.poll(() => workspace.panel('profile').textContent()).toContain(claim.name);
    expect(await workspace.pop(contactId).getAttribute('data-customer-id')).toBe(claim.customer_id);
    await workspace.endContact();
    await workspace.idle().waitFor();
  });
});
