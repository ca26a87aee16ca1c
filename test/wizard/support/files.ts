// Temporary program files for wizard tests, and reading one back the way every command does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProgram } from '../../../src/model/load.js';
import { loadRuleset } from '../../../src/rules/ruleset.js';
import { validateProgram } from '../../../src/rules/validate.js';

export const AS_OF = '2026-11-22';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sescdp-wizard-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The program file parsed as `validate` parses it, and what the rule set finds in it. */
export function readBack(file: string, ruleset = 'nprm-2025') {
  const text = readFileSync(file, 'utf8');
  const { program } = parseProgram(file, text);
  const findings = validateProgram(program, loadRuleset(ruleset), { asOf: AS_OF });
  return { text, program: withoutSchemaKey(program), findings };
}

function withoutSchemaKey<T extends { $schema?: string }>(program: T): T {
  const { $schema: _ignored, ...rest } = program;
  return rest as T;
}
