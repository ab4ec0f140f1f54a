import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { CommandPalette } from './pages/command-palette.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();

/** A seeded customer whose phone number is theirs alone (so the contact matches one). */
async function customerWithUniquePhone(): Promise<{ id: string; phone: string }> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.phone from customers c
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit 1`);
  const row = rowsOf<{ id: string; phone: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with a unique phone');
  return row;
}

describe('commands from the keyboard', () => {
  it('accepts and ends the popped contact from the command palette', async () => {
    const signIn = new SignInPage(session.page);
    const workspace = new WorkspacePage(session.page);
    const palette = new CommandPalette(session.page);
    await signIn.open(session.gw.url);
    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.idle().waitFor();

    const customer = await customerWithUniquePhone();
    const res = await session.gw.postContact({
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
    await palette.run('Accept the ringing contact');
    await session.page.getByTestId('contact-end').waitFor();
    await palette.root().waitFor({ state: 'detached' });
    await palette.open();
    await palette.run('End contact');

    // Ended: after-contact work begins, and the wrap-up clears the desk.
    await workspace.wrapUp({ disposition: 'No action needed' });
    await workspace.idle().waitFor();
    // The dialog closes (after its animation) and leaves nothing behind.
    await palette.root().waitFor({ state: 'detached' });
  });
});
