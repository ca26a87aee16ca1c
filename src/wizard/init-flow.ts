// `sescdp init`: the rule set first, then every question in policy order, then the review.
// Every answer is saved as it is given; running init again on an unfinished file resumes at the
// first question not yet answered (or the list the user was in the middle of).
import { select } from '@inquirer/prompts';
import { DEFAULT_PROGRAM_FILE } from '../cli/args.js';
import { commandLine } from '../cli/invocation.js';
import type { IsoDate } from '../model/dates.js';
import { availableRulesets, DEFAULT_RULESET, loadRuleset, type Ruleset } from '../rules/ruleset.js';
import { applies } from './applies.js';
import { ask, sectionHeading } from './ask.js';
import { isRequired } from './checking.js';
import { getIn, keyPath } from './paths.js';
import { ProgramFile } from './program-file.js';
import type { Section } from './question.js';
import { review, type NextStep } from './review.js';
import { SECTIONS } from './sections/index.js';
import { Session } from './session.js';
import { EXIT_INTERRUPTED, isInterrupt, promptContext, say, tint, type Terminal } from './terminal.js';

export interface InitOptions {
  file: string;
  term: Terminal;
  asOf: IsoDate;
  /** From --ruleset; otherwise the one the file was started with, otherwise asked. */
  ruleset?: string;
  nextSteps?: readonly NextStep[];
}

export async function runInit(opts: InitOptions): Promise<number> {
  const file = ProgramFile.openOrCreate(opts.file);
  const t = opts.term;
  try {
    greet(file, t);
    const ruleset = await settleRuleset(file, opts);
    const session = new Session(file, ruleset, opts.asOf, t);
    await walk(session);
    return await review(session, opts.nextSteps ?? []);
  } catch (err) {
    if (!isInterrupt(err)) throw err;
    say(t);
    say(t, stoppedLine(opts.file));
    return EXIT_INTERRUPTED;
  }
}

function greet(file: ProgramFile, t: Terminal): void {
  if (file.existed) {
    say(t, tint(t, 'bold', `Resuming ${file.file}.`));
    return;
  }
  say(t, tint(t, 'bold', `sescdp init writes your SES Candidate Development Program to ${file.file}.`));
  say(t, 'It asks one question at a time, in the order of the policy, checks each answer against the');
  say(t, 'rule you choose and saves it at once. A value in (parentheses) is the default: press Enter to');
  say(t, `take it. Ctrl-C stops at any point; "${resumeCommand(file.file)}" picks up where you stopped.`);
  say(t);
}

/** The one line printed on Ctrl-C. */
export function stoppedLine(file: string): string {
  return `Stopped. Every answer so far is saved in ${file}; run "${resumeCommand(file)}" to pick up where you left off.`;
}

/** The command that resumes, as the user started the wizard (`npm start` runs it without `sescdp` on the PATH). */
function resumeCommand(file: string): string {
  if (process.env.npm_lifecycle_event === 'start') return file === DEFAULT_PROGRAM_FILE ? 'npm start' : `npm start -- ${file}`;
  return commandLine(['init', file]);
}

async function settleRuleset(file: ProgramFile, opts: InitOptions): Promise<Ruleset> {
  const state = file.state;
  const stored = state.ruleset && availableRulesets().includes(state.ruleset) ? state.ruleset : undefined;
  const id = opts.ruleset ?? stored ?? (await askRuleset(opts.term));
  const ruleset = loadRuleset(id);
  if (stored && stored !== id) say(opts.term, `Switching from the rule set ${stored} to ${id}.`);
  else if (stored || opts.ruleset) say(opts.term, tint(opts.term, 'dim', `Rule set: ${id}, the ${ruleset.shortTitle}.`));
  if (!file.existed && !stored) file.writeHeader(ruleset.shortTitle);
  // Written as the file's `ruleset:` key (an older file's header comment moves there).
  if (file.program.ruleset !== id) file.setState({ ...state, ruleset: id });
  return ruleset;
}

async function askRuleset(t: Terminal): Promise<string> {
  say(t, tint(t, 'dim', '  Every default, check and citation that follows comes from the rule you choose here.'));
  return select(
    {
      message: 'Which rule should the program meet?',
      choices: availableRulesets()
        .sort((a, b) => Number(b === DEFAULT_RULESET) - Number(a === DEFAULT_RULESET))
        .map((id) => loadRuleset(id))
        .map((rs) => ({ value: rs.id, name: `${rs.shortTitle} — ${rs.id}`, description: rs.title })),
      default: DEFAULT_RULESET,
    },
    promptContext(t),
  );
}

/**
 * Asks what is still unanswered, in order. Questions up to the one recorded as reached were
 * offered before: of those only the ones a "must" needs are asked again (an optional one the
 * user skipped stays skipped). The first question after it is where the user stopped; if it is
 * a list, it reopens, because the user may have been in the middle of it.
 */
async function walk(session: Session): Promise<void> {
  const flat = SECTIONS.flatMap((section) => section.questions.map((q) => ({ section, q })));
  const reached = flat.findIndex((e) => e.q.key === session.file.state.reached);
  let atFrontier = true;
  let shown: Section | undefined;
  for (const [i, { section, q }] of flat.entries()) {
    if (!applies(q, [], session)) continue;
    const after = i > reached;
    const answered = getIn(session.program, keyPath([], q.key)) !== undefined;
    const reopen = after && atFrontier && q.kind === 'list' && answered;
    if (after) atFrontier = false;
    if (!reopen && (answered || !(after || isRequired(q, [], session)))) continue;
    if (shown !== section) {
      say(session.term);
      say(session.term, tint(session.term, 'cyan', sectionHeading(section, SECTIONS.indexOf(section), SECTIONS.length)));
      shown = section;
    }
    await ask(q, session, { revisit: false });
    if (after) session.file.setState({ ...session.file.state, reached: q.key });
  }
  const last = flat.at(-1)!.q.key;
  if (session.file.state.reached !== last) session.file.setState({ ...session.file.state, reached: last });
  say(session.term);
  say(session.term, tint(session.term, 'green', '✔ Every question is answered.'));
}
