// `npm run bench [-- NAME...]`: run every benchmark (or those named) and print one table. Add a benchmark by adding a
// Bench to BENCHES.

import os from 'node:os';
import { cliBenches } from './cli.js';
import { evaluationBenches } from './evaluations.js';
import { renderBenches } from './render.js';
import { webBenches } from './web.js';

/** One line of the table. */
export interface BenchRow {
  name: string;
  /** Median wall milliseconds (or the single measurement, for slow external tools). */
  ms: number;
  /** CPU milliseconds (user + system) of the same measurement: wall time swings on a shared machine, CPU time less. */
  cpuMs?: number;
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

/** This process's CPU milliseconds (user + system) spent in `fn`, beside its wall time. */
export async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** The median (by wall time) of `runs` timed calls after `warmup` untimed ones (a warm process). */
export async function timeMedian(fn: () => Promise<unknown>, runs = 10, warmup = 3): Promise<{ ms: number; cpuMs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(fn));
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)]!;
}

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [
    r.name,
    Number.isNaN(r.ms) ? 'n/a' : r.ms.toFixed(1),
    r.cpuMs === undefined || Number.isNaN(r.cpuMs) ? '' : r.cpuMs.toFixed(0),
    r.peakMb === undefined || Number.isNaN(r.peakMb) ? '' : r.peakMb.toFixed(0),
    r.target ?? '',
    r.note ?? '',
  ]);
  const header = ['benchmark', 'wall ms', 'cpu ms', 'peak MB', 'target', 'note'];
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i >= 1 && i <= 3 ? v.padStart(width[i]!) : i === c.length - 1 ? v : v.padEnd(width[i]!))).join('  ');
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
  console.log(`\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
