import { summarize } from './stats.js';

export interface LatencyRow {
  label: string;
  /** Samples in ms. */
  samples: readonly number[];
  /** The p99 must stay under this (ms). */
  targetP99: number;
}

/** Milliseconds with enough digits for sub-millisecond figures. */
export const fmtMs = (v: number) =>
  !Number.isFinite(v) ? '—' : `${v.toFixed(v < 1 ? 3 : v < 10 ? 2 : 1)} ms`;

/** Prints n, p50/p95/p99/max and whether p99 meets the target, one line per measure. */
export function printLatencyTable(rows: readonly LatencyRow[]): void {
  const head = ['measure', 'n', 'p50', 'p95', 'p99', 'max', 'target p99', 'met'];
  const body = rows.map((r) => {
    const s = summarize(r.samples);
    return [
      r.label,
      String(s.n),
      fmtMs(s.p50),
      fmtMs(s.p95),
      fmtMs(s.p99),
      fmtMs(s.max),
      `< ${String(r.targetP99)} ms`,
      s.n === 0 ? '—' : s.p99 < r.targetP99 ? 'yes' : 'NO',
    ];
  });
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `   ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of body) console.log(line(row));
}
