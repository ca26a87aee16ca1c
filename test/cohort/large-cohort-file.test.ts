// A cohort file that reuses one anchor per participant (`training: *core-training`, as the example does) loads at
// any size; aliases nested to expand exponentially are still refused, as bad input rather than a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCohort } from '../../bench/synthetic-cohort.js';
import { checkCohort } from '../../src/cohort/checks.js';
import { loadCohort } from '../../src/cohort/load.js';
import { InputError } from '../../src/model/input-error.js';
import { loadRuleset } from '../../src/rules/ruleset.js';

const dir = mkdtempSync(join(tmpdir(), 'sescdp-large-cohort-'));

describe('a large cohort file', () => {
  it('loads 500 participants that share one training anchor, and they all pass the checks', () => {
    const { cohortFile } = writeSyntheticCohort(dir, 500);
    const loaded = loadCohort(cohortFile);
    expect(loaded.participants).toHaveLength(500);
    expect(loaded.participants[499]!.participant.training).toHaveLength(7);
    expect(loaded.participants[499]!.origin).toMatchObject({ yamlIndex: 499, rosterRow: 500 });
    expect(checkCohort(loaded, loadRuleset('nprm-2025'), '2026-11-22')).toEqual([]);
  });

  it('refuses aliases that expand exponentially, naming the file', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const file = join(dir, 'laughs.yaml');
    writeFileSync(file, `${levels.join('\n')}\n`);
    expect(() => loadCohort(file)).toThrow(InputError);
    try {
      loadCohort(file);
    } catch (err) {
      expect((err as InputError).format()).toMatch(/^.*laughs\.yaml:\d+:\d+ {2}the file expands to more than 2,000,000 values \(its aliases \*name repeat too much\); write the repeated parts out, or nest aliases less deeply$/);
    }
  });
});
