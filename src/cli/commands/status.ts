// `sescdp status`: deadlines at a glance.
import { visible } from '../../model/visible-text.js';
import { longDate } from '../../model/dates.js';
import { loadProgram } from '../../model/load.js';
import { programStatus, type CohortState, type ProgramStatus } from '../../status/deadlines.js';
import { toolVersion } from '../../tool-version.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetOption } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { paint, useColour } from '../style.js';
import { renderTable } from '../table.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', argv, { ruleset: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } }, 1);
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'status');
  const asOf = asOfOption(values['as-of'], 'status');
  rulesetOption(values.ruleset, 'status');
  const loaded = loadProgram(positionals[0] ?? DEFAULT_PROGRAM_FILE);
  const { program, file } = loaded;
  const ruleset = rulesetOption(values.ruleset, 'status', loaded);
  const status = programStatus(program, ruleset, asOf);
  const json = { file, asOf: status.asOf, ruleset: status.ruleset, toolVersion: toolVersion(), reapproval: status.reapproval, cohorts: status.cohorts, overdue: status.overdue };
  process.stdout.write(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text(file, status));
  return status.overdue.length ? EXIT.findings : EXIT.ok;
}

const STATE_WORDS: Record<CohortState, string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  'awaiting-qrb-submission': 'awaiting QRB submission',
  'qrb-submission-overdue': 'QRB submission overdue',
  complete: 'complete',
  'dates-missing': 'dates missing',
};

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
    : r.state === 'awaiting-first-approval'
      ? 'Approval: awaiting first approval by OPM (re-approval falls due once approval.lastApprovalDate is recorded)'
      : 'Re-approval: the program file has no last approval date (approval.lastApprovalDate)';
  const table = s.cohorts.length
    ? renderTable(
        [{ header: 'Cohort' }, { header: 'Subcomponent' }, { header: 'Starts' }, { header: 'Graduates' }, { header: 'QRB submission due' }, { header: 'State' }, { header: 'Next deadline' }],
        s.cohorts.map((c) => [
          visible(c.id),
          visible(c.subcomponent ?? ''),
          c.startDate ?? '',
          c.graduationDate ?? '',
          c.qrbDeadline ?? '',
          STATE_WORDS[c.state],
          days(c.daysLeft),
        ]),
      )
    : 'No cohorts recorded (program file: cohorts).';
  const overdue = s.overdue.length
    ? paint(colour, 'red', `Overdue:\n${s.overdue.map((o) => `  - ${visible(o)}`).join('\n')}`)
    : paint(colour, 'green', 'Nothing overdue.');
  return `${visible(file)} — status as of ${longDate(s.asOf)} (${s.ruleset})\n\n${paint(colour, r.overdue ? 'red' : 'bold', reapproval)}\n\n${table}\n\n${overdue}\n`;
}
