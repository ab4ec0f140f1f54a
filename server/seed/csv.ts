/**
 * CSV for PostgreSQL's COPY … WITH (FORMAT csv): NULL is an empty unquoted field, an empty
 * string is `""`, booleans are t/f, arrays become `{a,b}` literals and objects JSON (jsonb).
 * Column names come from the Drizzle schema, so a renamed column fails at start, not mid-load.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

type Scalar = string | number | boolean | null | undefined;
export type CsvValue = Scalar | Date | readonly string[] | Readonly<Record<string, Scalar>>;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvText(value: string): string {
  if (value === '') return '""';
  if (!NEEDS_QUOTES.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** `{a,b}`: a text[] literal; elements are quoted when they need it. */
export function pgArrayLiteral(items: readonly string[]): string {
  const elements = items.map((item) =>
    /^[A-Za-z0-9_.-]+$/.test(item)
      ? item
      : `"${item.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${elements.join(',')}}`;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return csvText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return csvText(pgArrayLiteral(value as readonly string[]));
  return csvText(JSON.stringify(value));
}

type Row<T extends PgTable> = T['$inferInsert'];
type Key<T extends PgTable> = keyof Row<T> & string;

/** Serialises rows of one table for `copyCsv`, in a fixed column order. */
export class CsvTable<T extends PgTable> {
  readonly name: string;
  readonly columns: readonly string[];
  private readonly keys: readonly Key<T>[];
  private buffer = '';
  private count = 0;

  constructor(table: T, keys: readonly Key<T>[]) {
    const all = getTableColumns(table) as Record<string, { name: string } | undefined>;
    this.name = getTableName(table);
    this.keys = keys;
    this.columns = keys.map((key) => {
      const column = all[key];
      if (!column) throw new Error(`${this.name} has no column ${key}`);
      return column.name;
    });
  }

  add(row: Row<T>): void {
    let line = '';
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i] as Key<T>;
      if (i > 0) line += ',';
      line += csvField(row[key] as CsvValue);
    }
    this.buffer += line + '\n';
    this.count++;
  }

  get rows(): number {
    return this.count;
  }

  /** Returns the CSV gathered so far and starts empty again. */
  take(): string {
    const csv = this.buffer;
    this.buffer = '';
    this.count = 0;
    return csv;
  }
}
