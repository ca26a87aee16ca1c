// Preloaded into a benchmarked CLI process (node --import): on exit, writes the process's peak resident memory
// in kilobytes (worker threads included) to the file named by SESCDP_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.SESCDP_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
