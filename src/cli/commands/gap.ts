// `sescdp gap`: the table of changes between two rule sets for one program.
import { loadProgram } from '../../model/load.js';
import { gapRows, type GapRow } from '../../rules/gap.js';
import { loadRuleset } from '../../rules/ruleset.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetIdOption, rulesetOption } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { paint, plural, SEVERITY_COLOUR, useColour } from '../style.js';
import { renderTable } from '../table.js';
import { toolVersion } from '../../tool-version.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'gap',
    argv,
    { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } },
    1,
  );
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'gap');
  const asOf = asOfOption(values['as-of'], 'gap');
  const from = loadRuleset(rulesetIdOption(values.from, 'from', 'gap') ?? 'cfr-2009');
  const toOption = rulesetIdOption(values.to, 'to', 'gap');
  const loaded = loadProgram(positionals[0] ?? DEFAULT_PROGRAM_FILE);
  // The rule to move to: --to, else the one the program file names, else the proposed rule.
  const to = toOption ? loadRuleset(toOption) : rulesetOption(undefined, 'gap', loaded);
  const rows = gapRows(loaded.program, from, to, { asOf, locate: (p) => loaded.source.locate(p) });

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ file: loaded.file, from: from.id, to: to.id, asOf, toolVersion: toolVersion(), changes: rows }, null, 2)}\n`);
  } else {
    process.stdout.write(textTable(loaded.file, rows, from.id, to.id, asOf));
  }
  return rows.some((r) => r.severity === 'error') ? EXIT.findings : EXIT.ok;
}

function textTable(file: string, rows: GapRow[], from: string, to: string, asOf: string): string {
  const colour = useColour(process.stdout);
  const heading = `${file}: what must change to move from ${from} to ${to} (as of ${asOf})`;
  if (rows.length === 0) return `${heading}\n${paint(colour, 'green', '✔ nothing: the program already meets every requirement')}\n`;
  const table = renderTable(
    [
      { header: 'Requirement', grow: 3 },
      { header: 'Program says', grow: 3 },
      { header: `Required (${to})`, grow: 2 },
      { header: `Before (${from})`, grow: 2 },
      { header: 'Citation', max: 22 },
    ],
    rows.map((r) => [
      `${r.severity === 'error' ? '' : `(${r.severity}) `}${r.requirement}\n[${r.ruleId}]`,
      r.programValue ?? 'nothing',
      r.required,
      r.previously ?? 'not required',
      r.citation,
    ]),
  );
  const errors = rows.filter((r) => r.severity === 'error').length;
  const summary = `${plural(errors, 'required change')}, ${plural(rows.length - errors, 'recommended change')}`;
  return `${heading}\n\n${table}\n\n${paint(colour, SEVERITY_COLOUR[errors ? 'error' : 'warning'], summary)}\n`;
}
