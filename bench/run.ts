// `npm run bench [-- NAME...]`: run every benchmark (or those named) and print one table. Add a benchmark by adding a
// Bench to BENCHES.

import { cliBenches } from './cli.js';
import { evaluationBenches } from './evaluations.js';
import { renderBenches } from './render.js';
import { webBenches } from './web.js';

/** One line of the table. */
export interface BenchRow {
  name: string;
  /** Median milliseconds (or the single measurement, for slow external tools). */
  ms: number;
  /** Peak resident memory of the process measured, for rows that run their own process. */
  peakMb?: number;
  /** The target and whether it was met, for rows that have one. */
  target?: string;
  note?: string;
}

export interface Bench {
  name: string;
  measure(): Promise<BenchRow[]>;
}

export const BENCHES: Bench[] = [...cliBenches, ...evaluationBenches, ...renderBenches, ...webBenches];

/** Median of `runs` timed calls after `warmup` untimed ones (a warm process, as a long-running CLI would be). */
export async function timeMedian(fn: () => Promise<unknown>, runs = 10, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [
    r.name,
    Number.isNaN(r.ms) ? 'n/a' : r.ms.toFixed(1),
    r.peakMb === undefined || Number.isNaN(r.peakMb) ? '' : r.peakMb.toFixed(0),
    r.target ?? '',
    r.note ?? '',
  ]);
  const header = ['benchmark', 'ms', 'peak MB', 'target', 'note'];
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 || i === 2 ? v.padStart(width[i]!) : i === c.length - 1 ? v : v.padEnd(width[i]!))).join('  ');
  console.log(line(header));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  // `npm run bench -- web` runs only the benches named.
  const only = process.argv.slice(2);
  for (const bench of BENCHES.filter((b) => !only.length || only.includes(b.name))) rows.push(...(await bench.measure()));
  printTable(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
