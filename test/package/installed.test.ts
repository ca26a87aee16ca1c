// The package as a user installs it: `npm pack`, then `npm install` of the tarball into an empty folder, and the
// installed `sescdp` run from there on a copy of the example (validate, render policy, package).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';
import { conformanceTools, pdfText } from '../support/clients.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let app: string;
let install: { status: number | null; stderr: string };

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sescdp-installed-'));
  app = join(dir, 'app');
  mkdirSync(app);
  // dist/ is already built (npm test builds first), so packing needs no scripts.
  const pack = run(npm, ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], repoRoot);
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename;
  writeFileSync(join(app, 'package.json'), '{ "name": "agency-programs", "version": "1.0.0", "private": true }\n');
  install = run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], app);
  copyFileSync(join(repoRoot, 'examples', 'dfi', 'sescdp.yaml'), join(app, 'sescdp.yaml'));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sescdp = (...args: string[]) => run(join(app, 'node_modules', '.bin', 'sescdp'), args, app);

describe('the installed package', () => {
  it('installs without an install-script warning, with the precompiled rule sets and nothing of the tests', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|prepare/);
    // Known and left: docx 9.8+ declares nanoid 6, whose engines field asks for Node 22 (docx bundles the code it
    // uses, so nothing runs on it). No other warning is allowed.
    const warnings = install.stderr.split('\n').filter((l) => l.startsWith('npm warn') && !/EBADENGINE/.test(l));
    expect(warnings).toEqual([]);
    const installed = join(app, 'node_modules', 'sescdp');
    expect(readdirSync(join(installed, 'dist', 'rulesets')).sort()).toEqual(['cfr-2009.json', 'nprm-2025.json']);
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'dist', 'test'))).toBe(false);
  });

  it('validates, renders the policy and builds the package from the installed bin', () => {
    const validate = sescdp('validate', 'sescdp.yaml', '--as-of', '2026-11-22');
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('✔ 0 errors, 1 warning, 1 note (nprm-2025, as of 2026-11-22)');

    const render = sescdp('render', 'policy', 'sescdp.yaml', '--format', 'pdf', '--out', 'out', '--as-of', '2026-11-22');
    expect(render.status, render.stderr).toBe(0);
    if (conformanceTools(['pdftotext'])) {
      const text = pdfText(join(app, 'out', 'DFI-policy-2026-11-22.pdf'));
      expect(text).toContain('Department of Federal Infrastructure');
      expect(text).toContain('5 CFR 412.302');
    }

    const pack = sescdp('package', 'sescdp.yaml', '--out', 'out', '--as-of', '2026-11-22');
    expect(pack.status, pack.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(app, 'out', 'DFI-sescdp-reapproval-2026-11-22', 'manifest.json'), 'utf8')) as { ruleset: string; files: { path: string }[] };
    expect(manifest.ruleset).toBe('nprm-2025');
    expect(manifest.files.map((f) => f.path)).toContain('DFI-policy-2026-11-22.pdf');
    expect(existsSync(join(app, 'out', 'DFI-sescdp-reapproval-2026-11-22.zip'))).toBe(true);
  }, 300_000);
});
