import { sql } from 'drizzle-orm';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { postSigned } from '../../scripts/lib/simulator.js';
import { E2E_PASSWORD, E2E_SECRET, rowsOf } from './support/gateway.js';
import { useE2eSession } from './support/session.js';
import { SignInPage } from './pages/sign-in-page.js';
import { WorkspacePage, type PanelName } from './pages/workspace-page.js';

const session = useE2eSession();
const VIEWPORT = { width: 1366, height: 768 };
const PANELS: readonly PanelName[] = [
  'known-facts',
  'profile',
  'complaints',
  'timeline',
  'risk',
  'scripts',
];
/** The Persian timeline title (renderer/src/features/pop/locales/fa.ts, panel.timeline). */
const FA_TIMELINE_TITLE = 'خط زمانی سفر مشتری';

interface RichCustomer {
  id: string;
  name: string;
  lateClaimId: string;
}

/**
 * The richest story in the demo data, as scripts/screenshots.ts picks it: an open complaint and a
 * claim past its promised date, with the most touchpoints; a Latin-script name so the RTL pass
 * shows that left-to-right text survives inside a right-to-left layout.
 */
async function richCustomer(): Promise<RichCustomer> {
  const result = await session.gw.database.db.execute(sql`
    select c.id, c.name, k.id as late_claim_id from customers c
    join claims k on k.customer_id = c.id and k.closed_at is null and k.promised_at < now()
    where exists (select 1 from complaints v where v.customer_id = c.id and v.status = 'open')
      and c.name ~ '^[A-Za-z][A-Za-z .''-]+$'
    order by (select count(*) from touchpoints t where t.customer_id = c.id) desc, c.id, k.id
    limit 1`);
  const row = rowsOf<{ id: string; name: string; late_claim_id: string }>(result)[0];
  if (!row)
    throw new Error(
      'the seed wrote no Latin-named customer with an open complaint and a late claim',
    );
  return { id: row.id, name: row.name, lateClaimId: row.late_claim_id };
}

async function expectInsideViewport(panel: Locator, name: string): Promise<void> {
  await panel.waitFor();
  const box = await panel.boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  if (box === null) return;
  expect(box.width, `${name} width`).toBeGreaterThan(0);
  expect(box.height, `${name} height`).toBeGreaterThan(0);
  expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${name} top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(VIEWPORT.width + 0.5);
  expect(box.y + box.height, `${name} bottom edge`).toBeLessThanOrEqual(VIEWPORT.height + 0.5);
}

async function expectNoPageScroll(workspace: WorkspacePage): Promise<void> {
  const overflow = await workspace.horizontalOverflow();
  const detail = `overflow ${JSON.stringify(overflow)}`;
  expect(overflow.document, detail).toBe(0);
  expect(overflow.body, detail).toBe(0);
  expect(overflow.pop, detail).toBe(0);
  // Every panel scrolls inside itself; the page never does, not even by a margin.
  expect(await workspace.pageVerticalOverflow(), 'vertical page scroll').toBe(0);
}

describe('the workspace at 1366×768, left-to-right and right-to-left', () => {
  let customer: RichCustomer;
  let workspace: WorkspacePage;

  beforeAll(async () => {
    customer = await richCustomer();
    workspace = new WorkspacePage(session.page);
    const signIn = new SignInPage(session.page);
    await signIn.open(session.gw.url);
    await signIn.signIn('lin.wei', E2E_PASSWORD);
    await workspace.waitUntilReady();
    await workspace.idle().waitFor();
    const res = await session.gw.postContact({
      externalId: `e2e-layout-${Date.now()}`,
      channel: 'voice',
      from: { customerId: customer.id },
      queue: 'complaints-voice',
    });
    expect(res.status).toBe(202);
    const { contactId } = (await res.json()) as { contactId: string };
    await workspace.pop(contactId).waitFor();
    await workspace.customerName().filter({ hasText: customer.name }).waitFor();
  });

  it('fits a rich pop on one screen: no page scroll, every panel in view', async () => {
    expect(await workspace.documentDirection()).toEqual({ dir: 'ltr', lang: 'en' });
    await expectNoPageScroll(workspace);
    for (const name of PANELS) await expectInsideViewport(workspace.panel(name), `panel-${name}`);
    await expect
      .poll(() => workspace.knownFact('claim_late').first().textContent())
      .toContain(customer.lateClaimId);
  });

  it("announces the pop to screen readers with the customer's name", async () => {
    await expect.poll(() => workspace.liveRegion(customer.name).count()).toBeGreaterThan(0);
  });

  it('mirrors the layout in Persian and keeps Latin names and claim numbers intact', async () => {
    await workspace.switchLanguage('fa');
    expect(await workspace.documentDirection()).toEqual({ dir: 'rtl', lang: 'fa' });
    await expect.poll(() => workspace.panel('timeline').textContent()).toContain(FA_TIMELINE_TITLE);

    const profile = await workspace.panel('profile').boundingBox();
    const timeline = await workspace.panel('timeline').boundingBox();
    const scripts = await workspace.panel('scripts').boundingBox();
    if (profile === null || timeline === null || scripts === null)
      throw new Error('a panel has no box in fa');
    // Right to left: profile column on the right, timeline in the middle, scripts on the left.
    expect(profile.x).toBeGreaterThanOrEqual(timeline.x + timeline.width);
    expect(timeline.x).toBeGreaterThanOrEqual(scripts.x + scripts.width);

    await expectNoPageScroll(workspace);
    for (const name of PANELS)
      await expectInsideViewport(workspace.panel(name), `panel-${name} (fa)`);

    expect(await workspace.customerName().textContent()).toBe(customer.name);
    expect(await workspace.knownFact('claim_late').first().textContent()).toContain(
      customer.lateClaimId,
    );
    await expect.poll(() => workspace.liveRegion(customer.name).count()).toBeGreaterThan(0);

    await workspace.switchLanguage('en');
    expect(await workspace.documentDirection()).toEqual({ dir: 'ltr', lang: 'en' });
    const profileLtr = await workspace.panel('profile').boundingBox();
    const scriptsLtr = await workspace.panel('scripts').boundingBox();
    if (profileLtr === null || scriptsLtr === null) throw new Error('a panel has no box in en');
    expect(scriptsLtr.x).toBeGreaterThanOrEqual(profileLtr.x + profileLtr.width);
  });

  it('shows a hostile touchpoint summary pushed live as plain text, never as markup', async () => {
    const summary = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const imageRequests: string[] = [];
    session.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/x') imageRequests.push(request.url());
    });

    const res = await postSigned(session.gw.url, E2E_SECRET, '/api/v1/touchpoints', {
      events: [
        {
          eventId: `e2e-hostile-${Date.now()}`,
          customerId: customer.id,
          occurredAt: new Date().toISOString(),
          channel: 'portal',
          stage: 'claim',
          kind: 'portal.visit',
          summary,
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { accepted: number }).accepted).toBe(1);

    // Arrives through timeline.appended on the open pop: no reload, no navigation.
    await workspace.timelineRow(summary).waitFor();
    expect(await workspace.timelineRow(summary).textContent()).toContain(summary);
    expect(await workspace.timelineHasMarkupElements()).toBe(false);
    // Give an injected <img> every chance: a round trip to the gateway after the row painted.
    const pwned = await session.page.evaluate(async () => {
      await fetch('/x').catch(() => undefined);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return (window as unknown as { __pwned?: unknown }).__pwned;
    });
    expect(pwned).toBeUndefined();
    expect(imageRequests).toHaveLength(1); // only the probe above, no <img src=x>
    expect(await session.page.locator('img[src="x"]').count()).toBe(0);
  });
});
