// The table of every requirement sentence of the proposed rule (schemas/rulesets/README.md) and the rule set
// must agree: an id in the table that names no rule, or a rule with no row, fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { repoRoot } from '../support/cli.js';

const readme = readFileSync(join(repoRoot, 'schemas', 'rulesets', 'README.md'), 'utf8');

/** The body rows of the table under a heading, as arrays of cells. */
function table(heading: string): string[][] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`schemas/rulesets/README.md has no section "${heading}"`);
  return section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
}

const ids = (cell: string) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);

describe('the table of the proposed rule\'s requirement sentences', () => {
  const rules = loadRuleset('nprm-2025').rules;
  const sentences = table('Every requirement sentence');
  const others = table('Checks that are not requirement sentences');

  it('lists every paragraph of 412.301, 412.302(a)-(c) and 412.303', () => {
    const paragraphs = new Set(sentences.map((r) => r[0]!.replace(/\(.*$/, '')));
    expect([...paragraphs].sort()).toEqual(['412.301', '412.302', '412.303']);
    for (const p of ['412.301(a)', '412.301(b)', '412.301(c)', '412.301(d)', '412.302(a)', '412.302(b)(1)', '412.302(b)(2)', '412.302(b)(3)', '412.302(c)', '412.302(c)(1)', '412.302(c)(2)', '412.302(c)(3)', '412.302(c)(4)', '412.302(c)(5)', '412.303(a)', '412.303(a)(1)', '412.303(a)(2)', '412.303(a)(3)', '412.303(b)']) {
      expect(sentences.some((r) => r[0] === p), p).toBe(true);
    }
  });

  it('names a rule for each sentence or says why none can check it', () => {
    for (const [paragraph, , answer] of sentences) {
      expect(ids(answer!).length > 0 || /^not checkable, because /.test(answer!), `${paragraph}: ${answer}`).toBe(true);
    }
  });

  it('names only rules that exist, each with the basis its table says', () => {
    const rule = (id: string) => rules.find((r) => r.id === id);
    // Program paths (`agency.partners`) and commands hold dots or spaces, so `ids` never takes them for rule ids.
    for (const id of sentences.flatMap((r) => ids(r[2]!))) {
      expect(rule(id), `no rule "${id}" in nprm-2025`).toBeDefined();
      expect(rule(id)!.basis, id).toBe('rule');
    }
    for (const [cell, basis] of others) {
      const [id] = ids(cell!);
      expect(rule(id!), `no rule "${id}" in nprm-2025`).toBeDefined();
      expect(rule(id!)!.basis).toBe(basis);
    }
  });

  it('has a row for every rule of the rule set', () => {
    const listed = new Set([...sentences.flatMap((r) => ids(r[2]!)), ...others.flatMap((r) => ids(r[0]!))]);
    const missing = rules.map((r) => r.id).filter((id) => !listed.has(id));
    expect(missing).toEqual([]);
  });
});
