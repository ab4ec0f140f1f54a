import { openDatabase, type Database } from '../db/client.js';
import { createScratchDatabase } from './scratch-postgres.js';

const adminUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

/** PGlite always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set (for `describe.each`). */
export const TEST_ENGINES = [
  { engine: 'pglite', url: undefined as string | undefined },
  ...(adminUrl ? [{ engine: 'postgres', url: adminUrl }] : []),
];

export interface TestDatabases {
  /** Gateway nodes on one database: separate pools on PostgreSQL, the one PGlite otherwise. */
  nodes: [Database, Database];
  close: () => Promise<void>;
}

/** A fresh, migrated database on the engine (a scratch database on PostgreSQL) and two nodes on it. */
export async function openTestDatabases(
  url: string | undefined,
  prefix: string,
): Promise<TestDatabases> {
  if (url === undefined) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { nodes: [database, database], close: () => database.close() };
  }
  const scratch = await createScratchDatabase(url, prefix);
  const first = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url });
  const second = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch.url });
  return {
    nodes: [first, second],
    close: async () => {
      await second.close();
      await first.close();
      await scratch.drop();
    },
  };
}
