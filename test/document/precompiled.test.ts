// The package's templates run precompiled on the command line (the build writes dist/precompiled-templates.cjs): the
// table covers every template as it stands, an edited template is compiled from its text instead, and a precompiled
// template writes exactly what the same template compiled from its text writes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplateText } from '../../src/document/template/render.js';
import { precompiledSpec, PRECOMPILED_TEMPLATES } from '../../src/document/template/precompiled.js';
import { programView } from '../../src/documents/program-view.js';
import { templateDir } from '../../src/paths.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { example } from '../support/programs.js';

const templates = readdirSync(templateDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'));

describe('precompiled templates', () => {
  it(`cover every template of the package as it stands (${PRECOMPILED_TEMPLATES}, written by npm run build)`, () => {
    expect(templates.length).toBeGreaterThan(5);
    for (const f of templates) {
      const file = join(templateDir, f);
      expect(precompiledSpec(file, readFileSync(file, 'utf8')), f).toBeTruthy();
    }
  });

  it('are not used for a template whose text changed, nor for one elsewhere', () => {
    const file = join(templateDir, 'policy.hbs');
    const source = readFileSync(file, 'utf8');
    expect(precompiledSpec(file, `${source} `)).toBeUndefined();
    expect(precompiledSpec(join(templateDir, '..', 'elsewhere', 'policy.hbs'), source)).toBeUndefined();
  });

  it('write what the same template compiled from its text writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sescdp-precompiled-'));
    try {
      // A copy outside the package is compiled from its text.
      cpSync(templateDir, join(dir, 'templates'), { recursive: true });
      const data = programView(example('compliant'), loadRuleset('nprm-2025'), '2026-11-22');
      const precompiled = renderTemplateText(join(templateDir, 'policy.hbs'), data);
      const compiled = renderTemplateText(join(dir, 'templates', 'policy.hbs'), data);
      expect(precompiled.length).toBeGreaterThan(10_000);
      expect(precompiled).toBe(compiled);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
