// The README documents every fillable field name; a renamed field must be renamed there too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formFields } from '../../src/document/index.js';
import { renderDocument } from '../../src/documents/render.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { repoRoot } from '../support/cli.js';
import { example } from '../support/programs.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Evaluation form fields'), readme.indexOf('## Packages'));
const inputs = { program: example('compliant'), ruleset: loadRuleset('nprm-2025'), asOf: '2026-11-22' };

describe('README: evaluation form fields', () => {
  it.each(['evaluation-participant', 'evaluation-cohort', 'evaluation-annual', 'edp'] as const)('lists every field of %s', (id) => {
    const documented = (name: string) =>
      section.includes(`\`${name}\``) ||
      // Families written once: growth_<ECQ id>, ecq_<ECQ id>_objectives, participant_* (signature blocks).
      /^ecq_.+_(objectives|activities)$/.test(name) ||
      (/_(signature|date)$/.test(name) && section.includes(`\`${name.replace(/_(signature|date)$/, '_*')}\``));
    const missing = formFields(renderDocument(id, inputs)).map((f) => f.name).filter((n) => !documented(n));
    expect(missing).toEqual([]);
  });
});
