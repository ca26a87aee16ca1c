// `sescdp init` and `sescdp edit` as commands: refused without a terminal, wired into the
// registry, and run in a real pseudo-terminal (first question shown quickly, Ctrl-C keeps answers).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCommand } from '../../src/cli/commands.js';
import { SECTIONS } from '../../src/wizard/sections/index.js';
import { runCli } from '../support/cli.js';
import { EXAMPLES } from '../support/programs.js';
import { readBack, tempDir } from './support/files.js';
import { PtySession, ptyAvailable } from './support/pty.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('without a terminal', () => {
  for (const command of ['init', 'edit']) {
    it(`${command} exits 2 and points to writing the file by hand against the JSON Schema`, () => {
      copyFileSync(EXAMPLES.compliant, join(dir, 'sescdp.yaml'));
      const r = runCli([command], { cwd: dir, input: '' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`sescdp ${command}: the wizard asks questions at a terminal`);
      expect(r.stderr).toMatch(/follow the JSON Schema in \S*schemas\/sescdp\.schema\.json \("sescdp schema" prints it\)/);
    });
  }

  it('init writes nothing', () => {
    runCli(['init', 'new.yaml'], { cwd: dir, input: '' });
    expect(existsSync(join(dir, 'new.yaml'))).toBe(false);
  });
});

describe('options', () => {
  it('edit --section names the sections it knows, with a suggestion', () => {
    const r = runCli(['edit', '--section', 'trainng'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--section must be one of agency, erb,');
    expect(r.stderr).toContain('did you mean "training"?');
  });

  it("edit's help lists exactly the wizard's sections", () => {
    const help = findCommand('edit')!.help.replace(/\s+/g, ' ');
    expect(help).toContain(`--section NAME ${SECTIONS.map((s) => s.id).join(', ')}`);
  });

  it('an unknown rule set is an input error', () => {
    const r = runCli(['init', '--ruleset', 'nprm-2099'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule set');
  });

  it('the overview lists init and edit', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toMatch(/^ {2}init +write a program file by answering questions/m);
    expect(r.stdout).toMatch(/^ {2}edit +revisit one section of a program file/m);
  });
});

const HAS_PTY = ptyAvailable();
if (!HAS_PTY) console.warn('SKIPPING the pseudo-terminal tests of init and edit: python3 (with its pty module) is not installed.');

describe('a pseudo-terminal', () => {
  // Like the document tests' clients: skipped loudly on a workstation, required in CI.
  it.runIf(!HAS_PTY && process.env.CI)('is available in CI (python3 runs the relay)', () => {
    expect.fail('python3 is needed for the pseudo-terminal tests; install it (apt-get install python3)');
  });
});

describe.skipIf(!HAS_PTY)('in a real terminal', () => {
  // How fast the first question shows is measured by the bench, not here.
  it('keeps answers on Ctrl-C, says how to resume, and resumes', async () => {
    const run = new PtySession(['init', '--as-of', '2026-11-22'], dir);
    await run.waitFor('? Which rule should the program meet?');
    run.send('\r');
    await run.waitFor("? What is the agency's full name?");
    run.send('Department of Example Affairs\r');
    await run.waitFor('? Its acronym');
    run.send('\u0003');
    expect(await run.exited).toBe(130);
    expect(run.transcript.trimEnd().split('\n').at(-1)).toBe(
      'Stopped. Every answer so far is saved in sescdp.yaml; run "npx sescdp init sescdp.yaml" to pick up where you left off.',
    );
    expect(readBack(join(dir, 'sescdp.yaml')).program).toEqual({ ruleset: 'nprm-2025', agency: { name: 'Department of Example Affairs' } });

    const again = new PtySession(['init', '--as-of', '2026-11-22'], dir);
    await again.waitFor('Resuming sescdp.yaml.');
    await again.waitFor('? Its acronym');
    expect(again.transcript).not.toContain('Which rule should the program meet?');
    again.send('\u0003');
    expect(await again.exited).toBe(130);
  }, 30_000);

  it('edit opens the chosen section with the current answers as defaults', async () => {
    const file = join(dir, 'sescdp.yaml');
    copyFileSync(EXAMPLES.compliant, file);
    const before = readFileSync(file, 'utf8');
    const run = new PtySession(['edit', '--section', 'mentoring', '--as-of', '2026-11-22'], dir);
    await run.waitFor('── 9 of 15 · Mentoring ──');
    await run.waitFor('? Who may be a mentor?');
    run.send('\r');
    await run.waitFor('? Hours of mentor meetings during the cohort (10)');
    run.send('\u0003');
    expect(await run.exited).toBe(130);
    // The unchanged answer was saved back without disturbing a byte of the file.
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 30_000);
});
