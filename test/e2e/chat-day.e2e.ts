import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { E2E_PASSWORD, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { connectSocketAgent } from './support/socket-agent.js';
import { CustomerChatPage } from './pages/customer-chat-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';

const session = useE2eSession();

/** A seeded customer nobody else shares a phone with, so the chat matches them alone. */
async function customerWithUniquePhone(): Promise<{ id: string; phone: string; name: string }> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.phone, c.name from customers c
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by c.id desc limit 1`);
  const row = rowsOf<{ id: string; phone: string; name: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with a unique phone');
  return row;
}

async function contactIdOf(customerName: string): Promise<string> {
  const result = await session.gw.database.db.execute(
    sql`select id from contacts where customer_name = ${customerName} order by created_at desc limit 1`,
  );
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) throw new Error(`no chat from ${customerName}`);
  return id;
}

describe('a CSR’s chat day', () => {
  it('handles three chats at once, replies with /canned text, transfers one with context, wraps up, and the next pop shows it all', async () => {
    const { page, gw } = session;
    const workspace = new WorkspacePage(page);
    await new SignInPage(page).open(gw.url);
    await new SignInPage(page).signIn('chen.jing', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.switchLanguage('en');
    const sara = await connectSocketAgent(gw.url, 'sara.ahmadi', E2E_PASSWORD);

    // Three customers write in from the chat page.
    const known = await customerWithUniquePhone();
    const names = ['e2e-known', 'e2e-second', 'e2e-third'];
    const customers: CustomerChatPage[] = [];
    for (const [i, name] of names.entries()) {
      const customer = new CustomerChatPage(await page.context().newPage());
      await customer.open(gw.url, 'zh-CN');
      await customer.start({
        name,
        ...(i === 0 ? { phone: known.phone } : {}),
        message: i === 0 ? '我的理赔怎么还没到？' : `第${String(i + 1)}个问题`,
      });
      customers.push(customer);
    }
    const [c1, c2, c3] = customers as [CustomerChatPage, CustomerChatPage, CustomerChatPage];
    const [id1, id2, id3] = (await Promise.all(names.map(contactIdOf))) as [string, string, string];

    // The CSR answers all three: one tab each.
    await page.bringToFront();
    for (const id of [id1, id2, id3]) {
      await workspace.tab(id).click();
      await workspace.accept();
    }
    await expect.poll(() => c1.status().getAttribute('data-state')).toBe('connected');
    expect(await c1.status().textContent()).toContain('陈静');

    // `/greet` on the first chat: the canned reply reaches the customer.
    await workspace.tab(id1).click();
    await workspace.chatMessages('customer').filter({ hasText: '我的理赔怎么还没到？' }).waitFor();
    await workspace.sendCannedReply('greet');
    await c1.messages('agent').filter({ hasText: '感谢您联系我们' }).waitFor();

    // The second customer writes while the CSR is on the first chat: an unread count on its tab.
    await c2.send('请问保单什么时候续保？');
    await expect.poll(() => workspace.tab(id2).getByTestId('unread-count').textContent()).toBe('1');
    await workspace.tab(id2).click();
    await workspace.chatMessages('customer').filter({ hasText: '请问保单什么时候续保？' }).waitFor();
    await workspace.sendChat('马上为您查询');
    await c2.messages('agent').filter({ hasText: '马上为您查询' }).waitFor();

    // The third goes to Sara with the context: she reads it instead of asking again.
    await workspace.tab(id3).click();
    await workspace.transfer({ mode: 'cold', agentName: 'Sara Ahmadi', note: '客户想改投保人信息，身份已核实' });
    const handed = await sara.nextOffer();
    expect(handed.contact).toMatchObject({ id: id3, handover: { fromAgentName: '陈静 Chen Jing', note: '客户想改投保人信息，身份已核实' } });
    expect(await sara.emit('contact.accept', { contactId: id3 })).toMatchObject({ ok: true });
    await expect.poll(() => c3.status().textContent()).toContain('Sara');
    await workspace.tab(id3).waitFor({ state: 'detached' });

    // The first customer complains; the CSR ends and wraps up with a root cause and a promise.
    await c1.send('说好周二回电，到现在没人理我');
    await workspace.tab(id1).click();
    await workspace.chatMessages('customer').filter({ hasText: '说好周二回电' }).waitFor();
    await page.getByTestId('contact-end').click();
    await workspace.wrapUp({
      disposition: 'Follow-up promised',
      note: '客户催理赔进度',
      rootCauses: ['timeliness', 'promise_mismatch'],
      customerWords: '说好周二回电，到现在没人理我',
      sentiment: 'negative',
      promise: { description: '周五17:00前回电告知公估报告结果', preset: 'friday-17' },
    });
    await expect.poll(() => c1.status().getAttribute('data-state')).toBe('ended');
    await workspace.endContact(); // the second chat, now on screen
    await workspace.idle().waitFor();

    // They call the next day: the pop already holds the chat, the promise and their own words.
    const res = await gw.postContact({
      externalId: `e2e-chat-day-${String(Date.now())}`,
      channel: 'voice',
      from: { phone: known.phone },
      queue: 'claims-voice',
    });
    const { contactId } = (await res.json()) as { contactId: string };
    await workspace.pop(contactId).waitFor();
    await workspace.pop(contactId).getByText('周五17:00前回电告知公估报告结果').first().waitFor();
    await workspace.timelineRow('说好周二回电，到现在没人理我').first().waitFor();
    await workspace.timelineRow('客户催理赔进度').first().waitFor();
    await workspace.timelineRow('感谢您联系我们').first().waitFor();
    await workspace.endContact();

    sara.close();
    for (const c of customers) await c.page.close();
  });
});
