/**
 * `npm run screenshots`: the workspace with a real pop, in each language, the pre-emption
 * worklist, and a chat day (three chats with the canned picker, the wrap-up form, the customer's
 * page), at 1366×768, written to docs/screenshots/. Uses the same seeded gateway and Chromium as the e2e tests.
 */
import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { LANGUAGES } from '../shared/domain.js';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { E2E_PASSWORD, E2E_SECRET, rowsOf, startE2eGateway } from '../test/e2e/support/gateway.js';
import { shootChatDay } from './lib/chat-screenshots.js';
import { postSigned } from './lib/simulator.js';
import { ensureWebBuild } from './lib/web-build.js';

ensureWebBuild();
const gw = await startE2eGateway(300);
const browser = await launchBrowser();
const page = await browser.context.newPage();
mkdirSync('docs/screenshots', { recursive: true });

// The richest story in the demo data: open complaint, late claim, most touchpoints.
const result = await gw.database.db.execute(sql`
  select c.id from customers c
  join complaints v on v.customer_id = c.id and v.status = 'open'
  join claims k on k.customer_id = c.id and k.closed_at is null and k.promised_at < now()
  order by (select count(*) from touchpoints t where t.customer_id = c.id) desc limit 1`);
const customerId = rowsOf<{ id: string }>(result)[0]?.id ?? 'CUS-000001';

await page.goto(gw.url);
await page.getByTestId('signin-username').fill('lin.wei');
await page.getByTestId('signin-password').fill(E2E_PASSWORD);
await page.getByTestId('signin-submit').click();
await page.locator('[data-app-state="ready"]').waitFor();
const callId = `shot-${Date.now()}`;
await gw.postContact({ externalId: callId, channel: 'voice', queue: 'claims-voice', from: { customerId } });
await page.getByTestId('pop').waitFor();

for (const lang of LANGUAGES) {
  await page.getByTestId('language-switch').click();
  await page.getByTestId(`language-option-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.mouse.move(683, 760); // no hover tooltip in the picture
  await page.waitForTimeout(600); // let antd finish its transitions before the picture
  await page.screenshot({ path: `docs/screenshots/workspace-${lang}.png` });
  console.log(`docs/screenshots/workspace-${lang}.png`);
}

// The pre-emption worklist (English): who to call before they call us, and why.
await page.getByTestId('language-switch').click();
await page.getByTestId('language-option-en').click();
await page.keyboard.press('Control+Alt+KeyW');
await page.getByTestId('worklist-item').first().waitFor();
await page.mouse.move(683, 760);
await page.waitForTimeout(600);
await page.screenshot({ path: 'docs/screenshots/worklist-en.png' });
console.log('docs/screenshots/worklist-en.png');
// The caller hangs up, or the call would ring at the next agent with claims-voice (chen.jing).
await postSigned(gw.url, E2E_SECRET, '/api/v1/contacts/hangup', { externalId: callId });
await browser.close();

// The contact lifecycle on chat, in a browser of its own (chen.jing; lin.wei takes no chats).
await shootChatDay(gw);
await gw.close();
