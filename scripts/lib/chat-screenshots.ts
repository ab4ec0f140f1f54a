/**
 * The chat half of `npm run screenshots`: chen.jing (English UI) holding three chats from the
 * customer page, the `/` canned-reply picker open; the customer's own page at phone width; and
 * the wrap-up form filled after the first chat ends. Driven like test/e2e/chat-day.e2e.ts.
 */
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/support/browser.js';
import { E2E_PASSWORD, rowsOf, type E2eGateway } from '../../test/e2e/support/gateway.js';
import { CustomerChatPage } from '../../test/e2e/pages/customer-chat-page.js';
import { SignInPage } from '../../test/e2e/pages/sign-in-page.js';
import { WorkspacePage } from '../../test/e2e/pages/workspace-page.js';

/** Lets antd finish its transitions and moves the pointer off anything with a tooltip. */
async function settle(
  page: Page,
  pointer: { x: number; y: number } = { x: 683, y: 760 },
): Promise<void> {
  await page.mouse.move(pointer.x, pointer.y);
  await page.waitForTimeout(600);
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = `docs/screenshots/${name}.png`;
  await page.screenshot({ path });
  console.log(path);
}

/** A seeded customer with a story and a phone nobody else shares, so the chat matches them alone. */
async function knownCustomer(gw: E2eGateway): Promise<{ name: string; phone: string }> {
  const result = await gw.database.db.execute(sql`
    select c.name, c.phone from customers c
    where not exists (select 1 from customers o where o.phone = c.phone and o.id <> c.id)
    order by (select count(*) from claims k where k.customer_id = c.id and k.closed_at is null) desc,
      (select count(*) from touchpoints t where t.customer_id = c.id) desc
    limit 1`);
  const row = rowsOf<{ name: string; phone: string }>(result)[0];
  if (!row) throw new Error('the seed wrote no customer with a unique phone');
  return row;
}

async function contactIdOf(gw: E2eGateway, customerName: string): Promise<string> {
  const result = await gw.database.db.execute(
    sql`select id from contacts where customer_name = ${customerName} order by created_at desc limit 1`,
  );
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) throw new Error(`no chat from ${customerName}`);
  return id;
}

export async function shootChatDay(gw: E2eGateway): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const workspace = new WorkspacePage(page);
    await new SignInPage(page).open(gw.url);
    await new SignInPage(page).signIn('chen.jing', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.switchLanguage('en');

    // Three customers write in from the chat page: one known, one new, one in Chinese (chen.jing speaks both).
    const known = await knownCustomer(gw);
    const starts = [
      {
        lang: 'en',
        name: known.name,
        phone: known.phone,
        message: 'Hi, my claim still has not been paid. It has been three weeks.',
      },
      { lang: 'en', name: 'Tom Becker', message: 'Can I add my daughter to my car policy?' },
      { lang: 'zh-CN', name: '王芳', message: '您好，我想修改保单上的地址。' },
    ] as const;
    const customers: CustomerChatPage[] = [];
    for (const start of starts) {
      const customer = new CustomerChatPage(await browser.context.newPage());
      await customer.page.setViewportSize({ width: 390, height: 760 });
      await customer.open(gw.url, start.lang);
      await customer.start(start);
      customers.push(customer);
    }
    const [c1, c2, c3] = customers as [CustomerChatPage, CustomerChatPage, CustomerChatPage];
    const [id1, id2, id3] = (await Promise.all(
      starts.map((start) => contactIdOf(gw, start.name)),
    )) as [string, string, string];

    await page.bringToFront();
    for (const id of [id1, id2, id3]) {
      await workspace.tab(id).click();
      await workspace.accept();
    }

    // A few messages both ways on the first chat.
    await workspace.tab(id1).click();
    await workspace.chatMessages('customer').filter({ hasText: 'three weeks' }).waitFor();
    await workspace.sendCannedReply('greet');
    await c1.messages('agent').filter({ hasText: 'thank you for contacting us' }).waitFor();
    await c1.send('The assessor came on the 3rd and said someone would call me back. Nobody did.');
    await workspace.chatMessages('customer').filter({ hasText: 'Nobody did' }).waitFor();
    await workspace.sendCannedReply('sorry');
    await c1.messages('agent').filter({ hasText: 'I am sorry' }).waitFor();
    await workspace.sendChat(
      'I can see the assessor’s report came in on Monday. Let me check who has it now.',
    );
    await c1.messages('agent').filter({ hasText: 'assessor’s report' }).waitFor();
    await c1.send('Thank you. I just want to know when the money arrives.');
    await workspace
      .chatMessages('customer')
      .filter({ hasText: 'when the money arrives' })
      .waitFor();

    // The others write while the CSR is on the first chat: unread counts on their tabs.
    await c2.send('It is the Golf, policy ending 4471.');
    await c3.send('新地址是上海市徐汇区漕溪北路 88 号');
    await c3.messages('customer').filter({ hasText: '漕溪北路' }).waitFor();
    await c3.send('谢谢');
    await workspace.tab(id3).getByTestId('unread-count').filter({ hasText: '2' }).waitFor();
    await workspace.tab(id2).getByTestId('unread-count').waitFor();

    // The customer's page at phone width, the agent's replies in.
    await c1.page.bringToFront();
    await settle(c1.page, { x: 5, y: 5 });
    await shoot(c1.page, 'customer-chat');

    // The CSR starts a `/` canned reply: the picker is open over the conversation.
    await page.bringToFront();
    await page.getByTestId('chat-pane').getByTestId('chat-input').fill('/');
    await page.getByTestId('canned-option').first().waitFor();
    await settle(page);
    await shoot(page, 'chat-en');

    // The first chat ends; the wrap-up form is filled in (not yet submitted).
    await page.getByTestId('chat-pane').getByTestId('chat-input').fill('');
    await c1.send('You promised a call back on Tuesday and nobody rang. This is the second time.');
    await workspace.chatMessages('customer').filter({ hasText: 'second time' }).waitFor();
    await page.getByTestId('contact-end').click();
    const form = workspace.wrapUpForm();
    await form.waitFor();
    await workspace.choose(form.getByTestId('wrapup-disposition'), 'Follow-up promised');
    await form
      .locator('[name="wrapUpNote"]')
      .fill(
        'Claim payment delayed after assessor visit; report received Monday, with the claims handler.',
      );
    for (const cause of ['timeliness', 'promise_mismatch']) {
      await form.locator(`[data-testid="wrapup-root-cause"][data-value="${cause}"]`).click();
    }
    await form
      .locator('[name="customerWords"]')
      .fill('You promised a call back on Tuesday and nobody rang. This is the second time.');
    await form.locator('[data-testid="wrapup-sentiment"][data-value="negative"]').click();
    await form
      .locator('[name="promiseDescription"]')
      .fill('Call back with the assessor’s outcome and the payment date');
    await form.locator('[data-testid="wrapup-promise-preset"][data-value="friday-17"]').click();
    // Taller than a 768-pixel window, the form scrolls: show its end (root causes to the promise).
    await page.evaluate(
      `document.querySelector('[data-testid="wrapup-form"]').parentElement.scrollTop = 1e6`,
    );
    await settle(page);
    await shoot(page, 'wrapup-en');
  } finally {
    await browser.close();
  }
}
