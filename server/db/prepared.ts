import type { Db } from './client.js';

/**
 * A query drizzle builds once per database instead of on every call. Building the SQL text of a
 * query (drizzle walks its columns and type-checks every piece) was about 15 % of the gateway's
 * CPU under load (docs/benchmarks.md, bench:console). `build` gets the database and returns
 * `….prepare('name')` with `sql.placeholder(…)` for the values; names are unique per query.
 * Outside transactions only: a prepared query runs on the pool it was made from.
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDb = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDb.get(db);
    if (query === undefined) {
      query = build(db);
      byDb.set(db, query);
    }
    return query;
  };
}
