import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * A row as PostgreSQL's `to_json(alias)` gives it (keyed by column name), decoded the way drizzle
 * decodes a selected row: timestamps become Dates, bigints numbers, arrays and jsonb values.
 * For reads that gather several tables into one statement with json_agg.
 */
export function rowFromJson<T extends Table>(
  table: T,
  json: Record<string, unknown>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row;
}

/** A left-joined row as json: null when nothing joined (its primary key is null). */
export function joinedFromJson<T extends Table>(
  table: T,
  json: Record<string, unknown> | null,
): T['$inferSelect'] | null {
  return json === null || json['id'] === null || json['id'] === undefined
    ? null
    : rowFromJson(table, json);
}
