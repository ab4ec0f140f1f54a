/** The benchmarks' reusable seeded database (PGlite folder, or PostgreSQL by URL): opened if present, seeded once otherwise. */
import path from 'node:path';
import { count } from 'drizzle-orm';
import { openDatabase, type Database } from '../../server/db/client.js';
import { agents, customers } from '../../server/db/schema.js';
import { seedDatabase } from '../../server/seed/seed.js';

export const BENCH_PASSWORD = 'bench-password';
export const BENCH_SECRET = 'bench-webhook-secret-0123456789';

export async function openBenchDatabase(
  root: string,
  size: number,
  databaseUrl?: string,
): Promise<{ database: Database; dataDir: string }> {
  const dataDir = path.resolve(root, String(size));
  const database = await openDatabase({ dataDir, databaseUrl });
  const have = (await database.db.select({ n: count() }).from(customers))[0]?.n ?? 0;
  const ready = ((await database.db.select({ n: count() }).from(agents))[0]?.n ?? 0) > 0;
  if (!ready || have !== size) {
    const where = databaseUrl === undefined ? dataDir : 'the PostgreSQL database';
    if (have > 0) throw new Error(`${where} holds a partial or different data set; empty it and run again`);
    const t0 = performance.now();
    console.log(`Seeding ${String(size)} customers into ${where} (once; later runs reuse it)…`);
    await seedDatabase(database, { customers: size, demoPassword: BENCH_PASSWORD });
    console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    console.log(`Reusing ${String(have)} seeded customers in ${databaseUrl === undefined ? dataDir : 'PostgreSQL'}`);
  }
  return { database, dataDir };
}
