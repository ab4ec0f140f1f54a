import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { connectSocketAgent } from './support/socket-agent.js';
import { useE2eSession } from './support/session.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();

/** Seeded customers whose phone number is theirs alone (so each call pops one customer). */
async function phones(count: number): Promise<string[]> {
  const result = await session.gw.database.db.execute(sql`
    select c.phone from customers c
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id limit ${count}`);
  return rowsOf<{ phone: string }>(result).map((r) => r.phone);
}

async function callFrom(phone: string): Promise<string> {
  const res = await session.gw.postContact({
    externalId: `e2e-reload-${String(Date.now())}-${phone}`,
    channel: 'voice',
    from: { phone },
    queue: 'claims-voice',
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { contactId: string }).contactId;
}

describe('a desktop that reloads mid-call', () => {
  it('pops a call that came in during the reload, and keeps a ringing call at this desk', async () => {
    const signIn = new SignInPage(session.page);
    const workspace = new WorkspacePage(session.page);
    const [first, second] = await phones(2);
    await signIn.open(session.gw.url);
    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.idle().waitFor();

    // A call reported while the page is reloading pops on the page that comes back.
    const reloading = session.page.reload();
    const during = await callFrom(first as string);
    await reloading;
    await workspace.waitUntilReady();
    await workspace.pop(during).waitFor({ timeout: 5_000 });
    await workspace.endContact();
    await workspace.idle().waitFor();

    // A call ringing here when the page reloads rings here again, though chen.jing is free for it.
    const ringing = await callFrom(second as string);
    await workspace.pop(ringing).waitFor();
    const chen = await connectSocketAgent(session.gw.url, 'chen.jing', E2E_PASSWORD);
    await session.page.reload();
    await workspace.waitUntilReady();
    await workspace.pop(ringing).waitFor({ timeout: 5_000 });
    await expect(chen.nextOffer(2_000)).rejects.toThrow(/no offer/);
    await workspace.endContact();
    await workspace.idle().waitFor();
    chen.close();
  });
});
