// probe
import { parseProgram } from '../model/load.js';
import { loadRuleset } from '../rules/ruleset.js';
import { buildPackage } from '../package/build.js';
import { validateProgram } from '../rules/validate.js';
import { WriterPool } from '../writers/pool.js';

(window as unknown as Record<string, unknown>).sescdpProbe = async (name: string, text: string, asOf: string) => {
  const loaded = parseProgram(name, text);
  const ruleset = loadRuleset('nprm-2025');
  const findings = validateProgram(loaded.program, ruleset, { asOf });
  const pool = new WriterPool({ formats: ['docx', 'pdf'], threads: 2 });
  const type = loaded.program.approval?.submissionType ?? 'initial';
  const t0 = performance.now();
  const built = await buildPackage({ program: loaded.program, programText: text, programFile: name, ruleset, asOf, type, draft: findings.some((f) => f.severity === 'error'), toolVersion: '0.1.0', pool });
  const ms = performance.now() - t0;
  await pool.close();
  let s = '';
  for (const b of built.zip) s += String.fromCharCode(b);
  return { name: built.name, ms, zip: btoa(s), findings: findings.length };
};
document.getElementById('app')!.textContent = 'probe ready';
