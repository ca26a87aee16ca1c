// Data never drives the terminal (issue 11, item 11): escape sequences, NULs and bidi overrides in names, ids, keys
// and command words are printed as visible escapes, never sent to the terminal as they are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/model/visible-text.js';
import { runCli } from '../support/cli.js';
import { EXAMPLES } from '../support/programs.js';

const dir = mkdtempSync(join(tmpdir(), 'sescdp-terminal-'));
const example = readFileSync(EXAMPLES.compliant, 'utf8');
/** Anything a terminal would act on: C0 (NUL included), DEL, C1, bidi overrides. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('visible()', () => {
  it('shows control characters as escapes and leaves other text alone', () => {
    expect(visible('a\u001b[2Jb\u0000c\u009b\u202ed\ne')).toBe('a\\x1b[2Jb\\x00c\\x9b\\u202ed\\ne');
    expect(visible('Nguyễn Thị Ánh — 王小明 ✓')).toBe('Nguyễn Thị Ánh — 王小明 ✓');
  });
});

describe('the CLI', () => {
  it('an unknown key with an escape sequence is shown, not obeyed', () => {
    const file = join(dir, 'key.yaml');
    writeFileSync(file, `${example}\n"evil\\e]0;pwned\\a\\e[2J\\0": 1\n`);
    const r = runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('unknown key "evil\\x1b]0;pwned\\x07\\x1b[2J\\x00"');
  });

  it('a cohort id with an escape sequence is shown, not obeyed, by status', () => {
    const file = join(dir, 'status.yaml');
    writeFileSync(file, example.replace('  - id: BHB-2024', '  - id: "BHB\\e[31m\\u202e2024"'));
    const r = runCli(['status', file, '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('BHB\\x1b[31m\\u202e2024');
  });

  it('an unknown command word is shown, not obeyed', () => {
    const r = runCli(['\u001b[2Jvalidate']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\x1b[2Jvalidate');
  });
});
