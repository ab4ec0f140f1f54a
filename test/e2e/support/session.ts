import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startE2eGateway, type E2eGateway } from './gateway.js';

export interface E2eSession {
  gw: E2eGateway;
  page: Page;
}

/** One seeded gateway and one Chromium page for the test file, closed after it. */
export function useE2eSession(options: { env?: Record<string, string> } = {}): E2eSession {
  const session = {} as E2eSession;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    session.gw = await startE2eGateway(undefined, options.env);
    browser = await launchBrowser();
    session.page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await session.gw.close();
  });
  return session;
}
