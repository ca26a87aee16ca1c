// The environment's errors are the user's to fix (issue 11, item 9): --out naming a file, /dev/null, a folder under
// /proc (where Node's recursive mkdir spun forever) or a read-only folder. Each gives exit 2 and one plain line, fast;
// "internal error" is only for real bugs. A full disk is tested for real in test/package/interrupted.test.ts.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from '../support/cli.js';
import { EXAMPLES } from '../support/programs.js';

const dir = mkdtempSync(join(tmpdir(), 'sescdp-environment-'));
const AS_OF = ['--as-of', '2026-11-22'];

function cli(args: string[], asUser?: number) {
  const command = asUser === undefined ? [process.execPath, cliPath, ...args] : ['setpriv', `--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', process.execPath, cliPath, ...args];
  const r = spawnSync(command[0]!, command.slice(1), { cwd: repoRoot, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stderr: r.stderr };
}

function expectPlainRefusal(r: ReturnType<typeof cli>, message: RegExp) {
  expect(r.signal, 'finished in time').toBeNull();
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|please report/i);
}

const file = join(dir, 'a-file');
writeFileSync(file, 'x');
const commands = (out: string) => ({
  package: ['package', EXAMPLES.compliant, '--out', out, ...AS_OF],
  render: ['render', 'policy', EXAMPLES.compliant, '--format', 'docx', '--out', out, ...AS_OF],
});

describe('--out that cannot hold files', () => {
  for (const [name, args] of Object.entries(commands(file))) {
    it(`${name}: --out naming a file`, () => expectPlainRefusal(cli(args), /^sescdp: cannot write to .*a-file: part of the path is a file, not a folder$/m));
  }
  for (const [name, args] of Object.entries(commands(join(file, 'below')))) {
    it(`${name}: --out below a file`, () => expectPlainRefusal(cli(args), /part of the path is a file, not a folder/));
  }
  it.skipIf(process.platform !== 'linux')('package: --out /dev/null', () => expectPlainRefusal(cli(commands('/dev/null').package), /^sescdp: cannot write to \/dev\/null: /));
  it.skipIf(process.platform !== 'linux')('package and render: --out under /proc fails at once, not spinning', () => {
    for (const args of Object.values(commands('/proc/self/sescdp-out'))) expectPlainRefusal(cli(args), /^sescdp: cannot write to \/proc\/self\/sescdp-out: /);
  });
});

describe('a read-only folder', () => {
  // Root writes anywhere: as root, the run drops to "nobody" (setpriv), when the machine has it.
  const root = process.getuid?.() === 0;
  const canDrop = root && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(process.platform === 'win32' || (root && !canDrop))('render and package say permission denied', () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    chmodSync(dir, 0o755);
    for (const args of Object.values(commands(join(ro, 'out')))) expectPlainRefusal(cli(args, canDrop ? 65534 : undefined), /^sescdp: cannot write to .*read-only\/out: permission denied$/m);
  });
});
