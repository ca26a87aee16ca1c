// One cold process, measured from outside as a user meets it: wall time from spawn to exit, CPU time (user + system:
// these machines are shared, so wall time swings with the load while CPU time does not), and peak memory. Node
// processes report CPU and memory themselves (report-rss.ts, preloaded); any other program runs under sh, whose
// `times` prints the CPU of the children it waited for.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';

const REPORT = new URL(`file://${path.join(packageRoot, 'dist', 'bench', 'report-rss.js')}`).href;

export interface Sample {
  wallMs: number;
  cpuMs: number;
  /** NaN when the program is not a Node process. */
  peakMb: number;
  code: number | null;
  stderr: string;
}

export interface Command {
  /** A Node script and its arguments (run with the reporter preloaded), or any other program run under sh. */
  node?: string[];
  program?: string[];
  cwd?: string;
}

let scratch: string | undefined;
function reportFile(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-usage-'));
  return path.join(scratch, `usage-${process.hrtime.bigint()}`);
}
process.on('exit', () => scratch && rmSync(scratch, { recursive: true, force: true }));

function nodeUsage(file: string): { cpuMs: number; peakMb: number } {
  try {
    const usage = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number; cpuMs: number };
    return { cpuMs: usage.cpuMs, peakMb: usage.maxRssKb / 1024 };
  } catch {
    // The process died before its exit handlers ran; its exit code says so.
    return { cpuMs: NaN, peakMb: NaN };
  }
}

/** `times` prints two lines, the shell's own and its children's: "0m1.234s 0m0.056s". */
function childrenCpuMs(times: string): number {
  const line = times.trim().split('\n').at(-1) ?? '';
  const seconds = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return seconds.length === 2 ? (seconds[0]! + seconds[1]!) * 1000 : NaN;
}

export function runOnce(command: Command): Sample {
  const env = { ...process.env, NO_COLOR: '1' };
  if (command.node) {
    const file = reportFile();
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', REPORT, ...command.node], {
      cwd: command.cwd ?? packageRoot,
      env: { ...env, SESCDP_BENCH_RSS_FILE: file },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    return { wallMs, ...nodeUsage(file), code: r.status, stderr: r.stderr };
  }
  const start = performance.now();
  // The program's own output is dropped; `times` writes to fd 3.
  const r = spawnSync('sh', ['-c', '"$@" >/dev/null 2>&1; s=$?; times >&3; exit $s', 'sh', ...command.program!], {
    cwd: command.cwd ?? packageRoot,
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = performance.now() - start;
  return { wallMs, cpuMs: childrenCpuMs(String(r.output[3] ?? '')), peakMb: NaN, code: r.status, stderr: r.stderr ?? '' };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The sample whose wall time is the median of `runs`. */
export function medianOf(runs: number, command: () => Command): Sample {
  const all = Array.from({ length: runs }, () => runOnce(command())).sort((a, b) => a.wallMs - b.wallMs);
  return all[Math.floor(all.length / 2)]!;
}

export interface Pair {
  a: Sample;
  b: Sample;
  /** Median of the pairwise ratios a / b, so a drift in the machine's speed cancels out. */
  wallRatio: number;
  cpuRatio: number;
}

/** A and B in turn, A B A B ..., `runs` times each. */
export function sideBySide(runs: number, a: () => Command, b: () => Command): Pair {
  const pairs = Array.from({ length: runs }, () => [runOnce(a()), runOnce(b())] as const);
  const pick = (samples: Sample[]) => [...samples].sort((x, y) => x.wallMs - y.wallMs)[Math.floor(samples.length / 2)]!;
  const failed = pairs.flat().find((s) => s.code !== 0);
  return {
    a: failed && pairs.some(([s]) => s === failed) ? failed : pick(pairs.map(([s]) => s)),
    b: failed && pairs.some(([, s]) => s === failed) ? failed : pick(pairs.map(([, s]) => s)),
    wallRatio: median(pairs.map(([x, y]) => x.wallMs / y.wallMs)),
    cpuRatio: median(pairs.map(([x, y]) => x.cpuMs / y.cpuMs)),
  };
}

/** Time until `text` first appears on a pseudo-terminal the command runs in (python3's pty; Node has none), then
 * Ctrl-C. The process's CPU is counted up to its exit, a few milliseconds after. */
export async function timeToPrompt(nodeArgs: string[], text: RegExp, cwd: string): Promise<Sample> {
  const relay = `
import os, pty, sys, select
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
while True:
    r, _, _ = select.select([fd, 0], [], [])
    if fd in r:
        try: data = os.read(fd, 65536)
        except OSError: data = b''
        if not data: break
        os.write(1, data)
    if 0 in r:
        data = os.read(0, 65536)
        if data: os.write(fd, data)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;
  const file = reportFile();
  const start = performance.now();
  const child = spawn('python3', ['-c', relay, process.execPath, '--import', REPORT, ...nodeArgs], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color', SESCDP_BENCH_RSS_FILE: file },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let shown = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const wallMs = await new Promise<number>((resolve) => {
    const timer = setTimeout(() => resolve(NaN), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      shown += d.toString();
      if (text.test(shown.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) {
        clearTimeout(timer);
        resolve(performance.now() - start);
      }
    });
  });
  child.stdin.write('\u0003');
  const code = await new Promise<number | null>((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.on('exit', (c) => (clearTimeout(killer), resolve(c)));
  });
  const ok = !Number.isNaN(wallMs);
  return { wallMs, ...nodeUsage(file), code: ok ? 0 : code, stderr: ok ? '' : stderr || `no prompt matching ${text} within 20 s: ${shown.slice(-300)}` };
}
