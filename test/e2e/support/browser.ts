import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (or FIREBREAK_CHROMIUM) with its own throw-away profile. */
export async function launchBrowser(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.FIREBREAK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    // As an agent who turned animations off: antd's dialogs open where they stay, so a click
    // lands where the test (or the agent) aimed it. The app honours the setting (ui/reduced-motion.ts).
    reducedMotion: 'reduce',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
