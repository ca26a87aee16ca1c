// `sescdp validate`: findings in text (file:line:col ...) or the JSON contract.
import { loadProgram } from '../../model/load.js';
import { hasErrors, validateProgram, type Finding } from '../../rules/validate.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetOption } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { textReport } from '../findings-text.js';
import { toolVersion } from '../../tool-version.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'validate',
    argv,
    { ruleset: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } },
    1,
  );
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'validate');
  const asOf = asOfOption(values['as-of'], 'validate');
  rulesetOption(values.ruleset, 'validate'); // a mistyped --ruleset is reported before the file is read
  const loaded = loadProgram(positionals[0] ?? DEFAULT_PROGRAM_FILE);
  const ruleset = rulesetOption(values.ruleset, 'validate', loaded);
  const findings = validateProgram(loaded.program, ruleset, { asOf, locate: (p) => loaded.source.locate(p) });
  const ok = !hasErrors(findings);

  if (format === 'json') {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    const report = { ok, file: loaded.file, ruleset: ruleset.id, asOf, toolVersion: toolVersion(), counts, findings: findings.map(toJson) };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(textReport(loaded.file, findings, `${ruleset.id}, as of ${asOf}`));
  }
  return ok ? EXIT.ok : EXIT.findings;
}

/** The JSON contract: exactly these keys, in this order. */
function toJson(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, citation: f.citation, message: f.message, path: f.path, line: f.line ?? null, column: f.column ?? null };
}
