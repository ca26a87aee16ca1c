// `sescdp web` hands out the browser edition: the very file the build wrote, where the user asks.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/cli.js';

const PAGE = join(repoRoot, 'dist', 'web', 'sescdp.html');

describe('sescdp web', () => {
  it('copies the page to --out, or into a folder given as --out, and says how to hand it out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sescdp-web-cli-'));
    const r = runCli(['web', '--out', join(dir, 'tool.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote .*tool\.html \([\d.]+ MB\)[\s\S]*works offline/);
    expect(readFileSync(join(dir, 'tool.html')).equals(readFileSync(PAGE))).toBe(true);

    mkdirSync(join(dir, 'share'));
    expect(runCli(['web', '--out', join(dir, 'share')]).code).toBe(0);
    expect(readFileSync(join(dir, 'share', 'sescdp.html')).equals(readFileSync(PAGE))).toBe(true);
  });

  it('writes sescdp.html in the current folder by default, and refuses a folder it cannot write to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sescdp-web-cli-'));
    expect(runCli(['web'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'sescdp.html')).byteLength).toBe(readFileSync(PAGE).byteLength);
    const r = runCli(['web', '--out', join(dir, 'no', 'such', 'folder', 'page.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the page here \(ENOENT\)/);
  });
});
