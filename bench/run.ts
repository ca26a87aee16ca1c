// `npm run bench`: run every benchmark and print one table. Add a benchmark by adding a Bench to BENCHES.

import { renderBenches } from './render.js';

/** One line of the table. */
export interface BenchRow {
  name: string;
  /** Median milliseconds (or the single measurement, for slow external tools). */
  ms: number;
  note?: string;
}

export interface Bench {
  name: string;
  measure(): Promise<BenchRow[]>;
}

export const BENCHES: Bench[] = [...renderBenches];

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
  const width = Math.max(...rows.map((r) => r.name.length), 9);
  console.log(`${'benchmark'.padEnd(width)}  ${'ms'.padStart(9)}  note`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}  ${'-'.repeat(40)}`);
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.ms.toFixed(1).padStart(9)}  ${row.note ?? ''}`);
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const bench of BENCHES) rows.push(...(await bench.measure()));
  printTable(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
