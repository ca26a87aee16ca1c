// Preloaded into a benchmarked Node process (node --import): on exit, writes what the process used to the file named
// by SESCDP_BENCH_RSS_FILE, as JSON: peak resident memory in kilobytes and CPU time (user + system) in milliseconds,
// worker threads included (both are the whole process's, as getrusage counts them).
import { writeFileSync } from 'node:fs';

const target = process.env.SESCDP_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
