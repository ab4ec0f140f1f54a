import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerChatPage } from './pages/customer-chat-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage } from './pages/workspace-page.js';
import { E2E_PASSWORD } from './support/gateway.js';
import { useE2eSession } from './support/session.js';

const session = useE2eSession();

/** Chromium reports every blocked load or inline style/script on the console. */
const violations: string[] = [];
beforeAll(() => {
  session.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${session.page.url()}: ${message.text()}`);
  });
});

describe("the web app under the gateway's security headers", () => {
  it('signs in, opens the socket and pops a ringing contact with no CSP violation', async () => {
    const document = await session.page.goto(session.gw.url);
    expect(document?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(document?.headers()['x-content-type-options']).toBe('nosniff');
    await session.page.locator('[data-app-state="signed-out"]').waitFor();
    await new SignInPage(session.page).signIn('lin.wei', E2E_PASSWORD);
    const workspace = new WorkspacePage(session.page);
    await workspace.waitUntilReady(); // the socket (ws: to the same origin) is connected
    await workspace.idle().waitFor();

    const res = await session.gw.postContact({
      externalId: `e2e-csp-${String(Date.now())}`,
      channel: 'voice',
      from: { customerId: 'CUS-000001' },
      queue: 'claims-voice',
    });
    expect(res.status).toBe(202);
    const { contactId } = (await res.json()) as { contactId: string };
    await workspace.pop(contactId).waitFor(); // rings (the .wav) and paints the pop
    await workspace.endContact();
    await workspace.idle().waitFor();
    expect(violations).toEqual([]);
  });

  it('serves the customer chat page and Swagger UI working under the same policy', async () => {
    await new CustomerChatPage(session.page).open(session.gw.url, 'en');
    await session.page.goto(`${session.gw.url}/docs/`);
    await session.page.locator('.swagger-ui .opblock').first().waitFor();
    expect(await session.page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(10);
    expect(violations).toEqual([]);
  });
});
