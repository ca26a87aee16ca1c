// YAML whose cost could run away (issue 11, items 6 and 12): aliases bounded by what they expand to, linear key
// checks, and plain messages for nesting, several documents and tags we do not read. Each file answers in seconds;
// how many seconds is measured by `npm run bench`, not here: a quadratic path shows as a test that never ends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/input-error.js';
import { parseProgram } from '../../src/model/load.js';
import { EXAMPLES } from '../support/programs.js';

function problems(text: string): string[] {
  try {
    parseProgram('p.yaml', text);
  } catch (err) {
    if (err instanceof InputError) return err.format(3).split('\n');
    throw err;
  }
  return [];
}

const example = readFileSync(EXAMPLES.compliant, 'utf8');

describe('aliases', () => {
  it('that expand exponentially are refused at the alias, before they fill memory (a 717 KB file once did)', () => {
    // Few uses of each anchor, as the alias-count limit saw it, but 10^9 values when expanded.
    const levels = ['x-a: &a [' + Array(10).fill('"xxxxxxxxxx"').join(', ') + ']'];
    for (let i = 1; i < 9; i++) levels.push(`x-${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const out = problems(`${levels.join('\n')}\n${example}`);
    expect(out[0]).toMatch(/^p\.yaml:\d+:\d+ {2}the file expands to more than 2,000,000 values/);
  });

  it('100,000 aliases of one small anchor load in linear time (yaml scanned every earlier alias for each)', () => {
    const aliases = Array.from({ length: 100_000 }, (_, i) => `  k${i}: *n`).join('\n');
    const out = problems(`x-n: &n 1\nx-many:\n${aliases}\n${example}`);
    expect(out).toEqual([]);
  }, 60_000);

  it('an alias with no anchor before it is located', () => {
    expect(problems(`x-a: *nowhere\n${example}`)[0]).toMatch(/^p\.yaml:1:6 {2}the alias \*nowhere has no anchor &nowhere before it/);
  });
});

describe('many keys', () => {
  it('100,000 unknown keys are reported (the first few) without quadratic time', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `unknown${i}: 1`).join('\n');
    const out = problems(`${example}\n${keys}\n`);
    expect(out[0]).toMatch(/unknown key "unknown0"/);
    expect(out.at(-1)).toMatch(/and 99997 more problems/);
  }, 60_000);

  it('a 100,000-key x- section loads', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n');
    expect(problems(`x-notes:\n${keys}\n${example}`)).toEqual([]);
  }, 60_000);

  it('a duplicated key among 100,000 is found and located', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const out = problems(`x-notes:\n${keys}\n  k5: 2\n${example}`);
    expect(out[0]).toMatch(/^p\.yaml:100002:3 {2}the key "k5" appears twice in this section; keys must be unique/);
  }, 60_000);

  it('a key named __proto__ is data, not a prototype', () => {
    expect(problems(`${example}\n__proto__: { polluted: true }\n`)[0]).toMatch(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('clear messages', () => {
  it('nesting too deep says so', () => {
    const deep = `x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n${example}`;
    expect(problems(deep)[0]).toMatch(/nested (more than 100 levels deep|too deeply)/);
    const block = `x-deep:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}1\n${example}`;
    expect(problems(block)[0]).toMatch(/nested (more than 100 levels deep|too deeply)/);
  });

  it('a second document is named as such', () => {
    const out = problems(`${example}\n---\nagency: { name: Other }\n`);
    expect(out[0]).toMatch(/a file holds one YAML document; a second one starts here/);
    expect(out[0]).not.toMatch(/parseAllDocuments/);
  });

  it('!!binary and !!timestamp values name their type', () => {
    expect(problems(`x-a: !!binary aGVsbG8=\n${example}`)[0]).toMatch(/^p\.yaml:1:\d+ {2}the value is tagged !!binary \(binary data\)/);
    expect(problems(`x-a: !!timestamp 2027-01-01T10:00:00Z\n${example}`)[0]).toMatch(/tagged !!timestamp \(a date and time\)/);
  });
});
