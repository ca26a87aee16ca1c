// Every kind of unusable program file: exit 2, one message naming file, line and column, no stack trace.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sescdp-bad-'));
});

function validate(name: string, content: string | Buffer | null) {
  const file = join(dir, name);
  if (content !== null) writeFileSync(file, content);
  return runCli(['validate', file, '--as-of', '2026-11-22']);
}

function expectInputError(r: ReturnType<typeof runCli>, fileLineCol: string, message: string | RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const line = r.stderr.trim().split('\n')[0]!;
  expect(line.startsWith(join(dir, fileLineCol))).toBe(true);
  expect(line).toMatch(message);
}

describe('bad program files', () => {
  it('malformed YAML points at the unclosed quote', () => {
    expectInputError(validate('malformed.yaml', 'agency:\n  name: "DFI\n  acronym: DFI\n'), 'malformed.yaml:2:9', /YAML syntax: this " quote is never closed/);
  });

  it('a structural YAML error', () => {
    expectInputError(validate('indent.yaml', 'agency:\n  name: DFI\n   acronym: DFI\n'), 'indent.yaml:2:9', /YAML syntax: Nested mappings/);
  });

  it('a duplicated key', () => {
    expectInputError(validate('dup.yaml', 'agency:\n  name: A\nagency:\n  name: B\n'), 'dup.yaml:3:1', /keys must be unique/);
  });

  it('a wrong type', () => {
    expectInputError(validate('type.yaml', 'agency:\n  name: DFI\ntraining: 5\n'), 'type.yaml:3:11', 'training: expected a section of keys and values; the file has the number 5');
  });

  it('a value outside a list of choices, with a did-you-mean', () => {
    expectInputError(validate('choice.yaml', 'recruitment:\n  pool: all-source\n'), 'choice.yaml:2:9', /expected one of civil-service, all-sources.*did you mean "all-sources"\?/);
  });

  it('an unknown key with a did-you-mean', () => {
    const r = validate('unknown.yaml', 'agency:\n  name: DFI\ntrainng:\n  totalHours: 100\n');
    expectInputError(r, 'unknown.yaml:3:1', 'unknown key "trainng" — did you mean "training"?');
  });

  it('an unknown nested key with a did-you-mean', () => {
    const r = validate('nested.yaml', 'training:\n  total_hours: 100\n');
    expectInputError(r, 'nested.yaml:2:3', 'unknown key "total_hours" in training — did you mean "totalHours"?');
  });

  it('an impossible date', () => {
    expectInputError(validate('date.yaml', 'approval:\n  lastApprovalDate: 2026-02-30\n'), 'date.yaml:2:21', 'approval.lastApprovalDate: "2026-02-30" is not a real calendar date');
  });

  it('a date in another format', () => {
    expectInputError(validate('date2.yaml', 'approval:\n  lastApprovalDate: 03/15/2022\n'), 'date2.yaml:2:21', /expected a date written YYYY-MM-DD/);
  });

  it('a negative hour count', () => {
    expectInputError(validate('neg.yaml', 'training:\n  totalHours: -5\n'), 'neg.yaml:2:15', 'training.totalHours: hours cannot be negative; the file has the number -5');
  });

  it('a non-numeric hour count', () => {
    expectInputError(validate('ten.yaml', 'mentoring:\n  minHours: ten\n'), 'ten.yaml:2:13', 'mentoring.minHours: expected a number of hours; the file has the text "ten"');
  });

  it('a non-numeric hour count inside a list', () => {
    const r = validate('topic.yaml', 'training:\n  requiredTopics:\n    - topic: accountability\n      hours: "12h"\n');
    expectInputError(r, 'topic.yaml:4:14', /training\.requiredTopics\[0\]\.hours: expected a number of hours/);
  });

  it('an empty file', () => {
    expectInputError(validate('empty.yaml', ''), 'empty.yaml:1:1', 'the program file is empty');
  });

  it('a file holding only comments', () => {
    expectInputError(validate('comments.yaml', '# nothing yet\n'), 'comments.yaml:1:1', /expected a program/);
  });

  it('a YAML list instead of a program', () => {
    expectInputError(validate('list.yaml', '- a\n- b\n'), 'list.yaml:1:1', /expected a program/);
  });

  it('a missing file', () => {
    expectInputError(validate('missing.yaml', null), 'missing.yaml', 'cannot read the program file: no such file');
  });

  it('a directory given as the file', () => {
    mkdirSync(join(dir, 'folder.yaml'), { recursive: true });
    expectInputError(validate('folder.yaml', null), 'folder.yaml', 'is a directory, not a program file');
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Buffer.concat([Buffer.from('agency:\n  name: Bureau d'), Buffer.from([0xe9]), Buffer.from('partemental\n')]);
    expectInputError(validate('latin1.yaml', latin1), 'latin1.yaml:2:17', /is not UTF-8 text \(byte 0xe9/);
  });

  it('a UTF-8 byte order mark is accepted', () => {
    const r = validate('bom.yaml', '\uFEFFagency:\n  name: DFI\n');
    expect(r.code).toBe(1); // parses; the program is merely incomplete
  });

  it('reports every type problem at once, in file order', () => {
    const r = validate('many.yaml', 'training:\n  totalHours: lots\nmentoring:\n  minHours: -1\n');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('many.yaml:2:15');
    expect(lines[1]).toContain('many.yaml:4:13');
  });
});

describe('bad command lines', () => {
  it('an unknown option', () => {
    const r = runCli(['validate', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sescdp validate: Unknown option '--colour'/);
    expect(r.stderr).toContain('sescdp validate --help');
  });

  it('an impossible --as-of date', () => {
    const r = runCli(['validate', 'examples/dfi/sescdp.yaml', '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of needs a real date written YYYY-MM-DD, from 1900 to 2199 (got "2026-02-30")');
  });

  it('an unknown rule set', () => {
    const r = runCli(['validate', 'examples/dfi/sescdp.yaml', '--ruleset', 'nprm-2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sescdp validate: --ruleset must be one of cfr-2009, nprm-2025 (got "nprm-2026") — did you mean "nprm-2025"?');
  });

  it('an unknown command, with a did-you-mean', () => {
    const r = runCli(['validat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "validat" — did you mean "validate"?');
  });

  it('a bad --format', () => {
    const r = runCli(['validate', 'examples/dfi/sescdp.yaml', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json (got "xml")');
  });
});
