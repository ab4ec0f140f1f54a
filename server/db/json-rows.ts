import { Column, getTableColumns, is, sql, type SQL, type Table } from 'drizzle-orm';

/** A value as the driver gave it, decoded the way drizzle decodes its column (null stays null). */
function fromDriver(column: Pick<Column, 'mapFromDriverValue'>, value: unknown): unknown {
  return value === null || value === undefined ? null : column.mapFromDriverValue(value);
}

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
  for (const [key, column] of Object.entries(getTableColumns(table)))
    row[key] = fromDriver(column, json[column.name]);
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

/** A field of a jsonArrayRecord: a column (decoded by its own mapper) or an expression (as is). */
type RecordField = Column | SQL;
type FieldValue<F> = F extends Column
  ? F['_']['data'] | (F['_']['notNull'] extends true ? never : null)
  : F extends SQL<infer T>
    ? T
    : never;

/**
 * Chosen fields of a row as one compact `json_build_array(…)` (no keys repeated per row, for reads
 * that aggregate many rows with json_agg), and the decoder that turns such an array back into a
 * keyed row, columns through drizzle's mappers (timestamps become Dates). Left-joined columns
 * should be given as `sql<T | null>` so their type says they may be missing.
 */
export function jsonArrayRecord<F extends Record<string, RecordField>>(fields: F) {
  const keys = Object.keys(fields) as Array<keyof F & string>;
  const sqlOf = sql`json_build_array(${sql.join(
    keys.map((k) => sql`${fields[k]}`),
    sql`, `,
  )})`;
  const decode = (values: readonly unknown[]): { [K in keyof F]: FieldValue<F[K]> } => {
    const row: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const field = fields[key];
      row[key] = is(field, Column) ? fromDriver(field, values[i]) : (values[i] ?? null);
    });
    return row as { [K in keyof F]: FieldValue<F[K]> };
  };
  return { sql: sqlOf, decode };
}
