import { replaceEqualDeep } from '@tanstack/react-query';

type Row = Record<string, unknown>;

/** For each list field of `T`, the field of its rows that names them. */
export type ListIds<T> = {
  [K in keyof T]?: T[K] extends readonly (infer R)[] ? keyof R & string : never;
};

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * react-query's structural sharing, with the lists named here matched by an id field instead of
 * by position. react-query's own `replaceEqualDeep` compares lists index by index: when a pushed
 * board brings a new alert at the top, or a contact moves up the risk board, every row after it is
 * a new object, and every memoized row draws again. Matched by id, a row that did not change is the
 * same object as before, and only the rows that changed draw.
 *
 * `idFields`: for each list at the top of the data, the field that names its rows (`{ alerts: 'id' }`).
 * Every other field is shared as react-query shares it. Data that did not change at all is the
 * previous data itself.
 */
export function keyedSharing<T extends object>(ids: ListIds<T>) {
  const idFields: Readonly<Record<string, string | undefined>> = ids;
  return (previous: unknown, next: unknown): unknown => {
    if (!isRow(previous) || !isRow(next)) return replaceEqualDeep(previous, next);
    let same = Object.keys(previous).length === Object.keys(next).length;
    const shared: Row = {};
    for (const [key, value] of Object.entries(next)) {
      const idField = idFields[key];
      const before = previous[key];
      shared[key] =
        idField !== undefined && Array.isArray(before) && Array.isArray(value)
          ? shareRowsById(before, value, idField)
          : replaceEqualDeep(before, value);
      if (shared[key] !== before) same = false;
    }
    return same ? previous : shared;
  };
}

/** The next rows, each one unchanged since `previous` (found by its id) the same object as before. */
function shareRowsById(previous: unknown[], next: unknown[], idField: string): unknown[] {
  if (previous === next) return previous; // a list a board patch left as it was
  const byId = new Map<unknown, unknown>();
  for (const row of previous) if (isRow(row)) byId.set(row[idField], row);
  let same = previous.length === next.length;
  const rows = next.map((row, i) => {
    const before = isRow(row) ? byId.get(row[idField]) : previous[i];
    const shared = before === undefined ? row : replaceEqualDeep(before, row);
    if (shared !== previous[i]) same = false;
    return shared;
  });
  return same ? previous : rows;
}
