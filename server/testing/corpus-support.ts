/**
 * What the bad-input corpus tests need beside the inputs themselves: the gateway's public
 * endpoints (read from its own OpenAPI document, so a new route is covered the day it is added)
 * and a fingerprint of the data, to prove hostile requests changed nothing.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** OpenAPI path, `{id}` style. */
  path: string;
  signed: boolean;
  bearer: boolean;
  queryParams: string[];
  bodyFields: string[];
}

interface OpenApiOperation {
  security?: Record<string, unknown>[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** Every operation under /api/ in the gateway's OpenAPI document. */
export async function publicEndpoints(baseUrl: string): Promise<Endpoint[]> {
  const res = await fetch(`${baseUrl}/docs/json`);
  if (!res.ok) throw new Error(`GET /docs/json: ${String(res.status)}`);
  const doc = (await res.json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const schemes = (operation.security ?? []).flatMap((s) => Object.keys(s));
      const body = operation.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      endpoints.push({
        method: method.toUpperCase() as Endpoint['method'],
        path,
        signed: schemes.includes('signature'),
        bearer: schemes.includes('bearer'),
        queryParams: (operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => p.name),
        bodyFields: Object.keys(body),
      });
    }
  }
  return endpoints;
}

/** Rows of a raw `db.execute` (PGlite and node-postgres both answer `{rows}`). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Tables that change on their own while hostile requests are refused: the audit log and sign-in
 * sessions (the refusals and the test's own sign-ins), and the console's alerts, which the gateway
 * raises from the clock (a contact waiting too long) whatever the requests do.
 */
const MAY_GROW = /audit|session|refresh|console_alerts/;

/**
 * A fingerprint of every other table: row count and a hash of all rows. Equal fingerprints
 * before and after mean nothing was added, changed or deleted.
 */
export async function dataFingerprint(database: Database): Promise<Record<string, string>> {
  const { db } = database;
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    ),
  );
  const fingerprint: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    if (MAY_GROW.test(table)) continue;
    const [row] = rowsOf<{ n: string; h: string | null }>(
      await db.execute(
        sql`select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.identifier(table)} t`,
      ),
    );
    fingerprint[table] = `${row?.n ?? '?'}:${row?.h ?? ''}`;
  }
  return fingerprint;
}

/** The path with each `{param}` replaced. */
export const fillPath = (path: string, value: string): string => path.replace(/\{[^}]+\}/g, value);
