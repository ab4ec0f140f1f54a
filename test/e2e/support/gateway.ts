import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../../server/config.js';
import { openDatabase, type Database } from '../../../server/db/client.js';
import { createGateway, type Gateway } from '../../../server/gateway.js';
import { seedDatabase } from '../../../server/seed/seed.js';
import { postSigned } from '../../../scripts/lib/simulator.js';

export const E2E_SECRET = 'e2e-webhook-secret-0123456789';
export const E2E_PASSWORD = 'e2e-password';

export interface E2eGateway {
  url: string;
  gateway: Gateway;
  database: Database;
  postContact(body: unknown): Promise<Response>;
  postTouchpoints(events: unknown[]): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A seeded gateway serving the built web renderer (npm run build:web) on a free port. `env`
 * adds configuration (e.g. a short alert threshold) as the environment would.
 */
export async function startE2eGateway(customers = 300, env: Record<string, string> = {}): Promise<E2eGateway> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await seedDatabase(database, { customers, demoPassword: E2E_PASSWORD });
  const config = {
    ...loadConfig({
      FIREBREAK_PORT: '0',
      FIREBREAK_WEBHOOK_SECRET: E2E_SECRET,
      FIREBREAK_DEMO_PASSWORD: E2E_PASSWORD,
      ...env,
    }),
    dataDir: 'memory://',
    webRoot: path.resolve('dist/renderer'),
  };
  const gateway = await createGateway(config, { database, logger: pino({ level: 'warn' }) });
  const url = await gateway.listen();
  await gateway.risk.idle(); // every seeded customer scored before the first pop
  return {
    url,
    gateway,
    database,
    postContact: (body) => postSigned(url, E2E_SECRET, '/api/v1/contacts', body),
    postTouchpoints: (events) => postSigned(url, E2E_SECRET, '/api/v1/touchpoints', { events }),
    async close() {
      await gateway.close();
      await database.close();
    },
  };
}

/** Rows of a raw `db.execute` (PGlite and node-postgres both answer `{rows}`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
