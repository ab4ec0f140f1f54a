/**
 * Every foreign key the seed fills, checked in one set-based pass. On PGlite the seed loads
 * with row-by-row FK triggers off (as pg_restore --disable-triggers does) and runs this instead,
 * inside the same transaction, so a broken reference still rolls everything back.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

const FOREIGN_KEYS = [
  ['customers', 'intermediary_id', 'partners'],
  ['policies', 'customer_id', 'customers'],
  ['claims', 'customer_id', 'customers'],
  ['claims', 'policy_id', 'policies'],
  ['claims', 'adjuster_id', 'partners'],
  ['claims', 'rescue_id', 'partners'],
  ['touchpoints', 'customer_id', 'customers'],
  ['touchpoints', 'partner_id', 'partners'],
  ['complaints', 'customer_id', 'customers'],
  ['promises', 'customer_id', 'customers'],
] as const;

/** Returns `table.column` for every reference that points nowhere (empty when all is well). */
export async function findBrokenReferences(db: Db): Promise<string[]> {
  const checks = FOREIGN_KEYS.map(
    ([table, column, parent]) =>
      `(SELECT count(*) FROM "${table}" AS x WHERE x."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${parent}" AS p WHERE p.id = x."${column}"))::int AS "${table}.${column}"`,
  );
  const result = await db.execute<Record<string, number>>(sql.raw(`SELECT ${checks.join(',\n')}`));
  const row = (result as { rows: Record<string, number>[] }).rows[0] ?? {};
  return Object.entries(row)
    .filter(([, broken]) => broken > 0)
    .map(([name, broken]) => `${name} (${broken})`);
}
