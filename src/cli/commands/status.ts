// `sescdp status`: deadlines at a glance.
import { visible } from '../../model/visible-text.js';
import { longDate } from '../../model/dates.js';
import { loadProgram } from '../../model/load.js';
import { DEFAULT_RULESET, loadRuleset } from '../../rules/ruleset.js';
import { programStatus, type ProgramStatus } from '../../status/deadlines.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { paint, useColour } from '../style.js';
import { renderTable } from '../table.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', argv, { ruleset: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } }, 1);
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'status');
  const asOf = asOfOption(values['as-of'], 'status');
  const ruleset = loadRuleset(typeof values.ruleset === 'string' ? values.ruleset : DEFAULT_RULESET);
  const { program, file } = loadProgram(positionals[0] ?? DEFAULT_PROGRAM_FILE);
  const status = programStatus(program, ruleset, asOf);
  process.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : text(file, status));
  return status.overdue.length ? EXIT.findings : EXIT.ok;
}

function days(n: number | null): string {
  if (n === null) return '';
  if (n === 0) return 'today';
  return n > 0 ? `in ${n} day${n === 1 ? '' : 's'}` : `${-n} day${n === -1 ? '' : 's'} ago`;
}

function text(file: string, s: ProgramStatus): string {
  const colour = useColour(process.stdout);
  const r = s.reapproval;
  const reapproval = r.due
    ? `Re-approval (${r.citation}): due ${longDate(r.due)}, ${days(r.daysLeft)}${r.overdue ? ' — OVERDUE' : ''} (last approved ${longDate(r.lastApprovalDate!)})`
    : 'Re-approval: no last approval date in the program file';
  const table = s.cohorts.length
    ? renderTable(
        [{ header: 'Cohort' }, { header: 'Subcomponent' }, { header: 'Starts' }, { header: 'Graduates' }, { header: 'QRB submission due' }, { header: 'State' }, { header: 'Next deadline' }],
        s.cohorts.map((c) => [
          visible(c.id),
          visible(c.subcomponent ?? ''),
          c.startDate ?? '',
          c.graduationDate ?? '',
          c.qrbDeadline ?? '',
          c.state,
          days(c.daysLeft),
        ]),
      )
    : 'No cohorts recorded (program file: cohorts).';
  const overdue = s.overdue.length
    ? paint(colour, 'red', `Overdue:\n${s.overdue.map((o) => `  - ${visible(o)}`).join('\n')}`)
    : paint(colour, 'green', 'Nothing overdue.');
  return `${visible(file)} — status as of ${longDate(s.asOf)} (${s.ruleset})\n\n${paint(colour, r.overdue ? 'red' : 'bold', reapproval)}\n\n${table}\n\n${overdue}\n`;
}
