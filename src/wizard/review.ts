// The end of a wizard run: every section's answers, the findings `validate` would print, a chance
// to revisit any section, then the next step (render the documents, build the package) when
// those commands exist, or how to check the file when they do not.
import { select, Separator } from '@inquirer/prompts';
import { textReport } from '../cli/findings-text.js';
import { commandLine } from '../cli/invocation.js';
import { hasErrors, validateProgram, type Finding } from '../rules/validate.js';
import { applies } from './applies.js';
import { ask, askSection, sectionHeading } from './ask.js';
import { getIn, keyPath } from './paths.js';
import type { Question, Section } from './question.js';
import { findSection, SECTIONS, sectionOf } from './sections/index.js';
import type { Session } from './session.js';
import { answerText, sectionSummary } from './summary.js';
import { promptContext, say, tint } from './terminal.js';

/** A command the wizard can hand the finished file to, found in the command registry. */
export interface NextStep {
  label: string;
  /** The command line after "sescdp", as the user could type it (the file, the wizard's --as-of). */
  args: readonly string[];
  run(): Promise<number>;
}

export async function review(session: Session, steps: readonly NextStep[]): Promise<number> {
  const t = session.term;
  say(t);
  say(t, tint(t, 'bold', `Review of ${session.file.file}`));
  await showAnswers(session);
  say(t);
  say(t, tint(t, 'bold', `Checked against the ${session.ruleset.shortTitle} (what ${validateHint(session)} reports):`));
  showFindings(session);
  for (;;) {
    const section = await pickSection(session, 'Revisit a section before you finish?', 'No, finish');
    if (!section) break;
    await revisit(section, session);
  }
  return nextStep(session, steps);
}

/**
 * Every section's answers. On a terminal too short to show them all, a section at a time (as many as fit), with a
 * way to skip to the findings.
 */
async function showAnswers(session: Session): Promise<void> {
  const t = session.term;
  const rows = (t.output as { rows?: number }).rows;
  let shown = 0;
  for (const [i, section] of SECTIONS.entries()) {
    const lines = sectionSummary(section, session);
    if (rows && shown > 0 && shown + lines.length + 1 > rows - 3) {
      const next = await select(
        {
          message: 'More of the review?',
          choices: [
            { value: 'more', name: `Next: ${SECTIONS.slice(i).map((s) => s.title).slice(0, 2).join(', ')}${SECTIONS.length - i > 2 ? ', …' : ''}` },
            { value: 'skip', name: 'Skip to the findings' },
          ],
        },
        promptContext(t),
      );
      if (next === 'skip') return;
      shown = 0;
    }
    say(t);
    for (const line of lines) say(t, line);
    shown += lines.length + 1;
  }
}

/**
 * Revisits a section: the user picks the answer to change (or all of them, in order), as often as they like; after
 * each change the section and the findings are shown again.
 */
export async function revisit(section: Section, session: Session): Promise<void> {
  const t = session.term;
  say(t);
  say(t, tint(t, 'cyan', sectionHeading(section, SECTIONS.indexOf(section), SECTIONS.length)));
  for (let first = true; ; first = false) {
    const questions = section.questions.filter((q) => applies(q, [], session));
    const choice = await select(
      {
        message: `Which answer do you want to change?`,
        choices: [
          ...questions.map((q, i) => ({ value: String(i), name: `${q.label}: ${currentAnswer(q, session)}` })),
          new Separator(),
          { value: 'all', name: 'All of them, in order' },
          { value: 'done', name: first ? 'None after all' : `Done with ${section.title}` },
        ],
        default: first ? '0' : 'done',
        pageSize: Math.max(5, Math.min(questions.length + 3, ((t.output as { rows?: number }).rows ?? 24) - 4)),
      },
      promptContext(t),
    );
    if (choice === 'done') return;
    if (choice === 'all') await askSection(section, session, { revisit: true });
    else await ask(questions[Number(choice)]!, session, { revisit: true });
    say(t);
    for (const line of sectionSummary(section, session)) say(t, line);
    say(t);
    showFindings(session);
  }
}

/** An answer as the picker shows it: the review's wording, a list's count, or a dash. */
function currentAnswer(q: Question, session: Session): string {
  const value = getIn(session.program, keyPath([], q.key));
  if (q.kind === 'list') return Array.isArray(value) ? String(value.length) : '—';
  const text = answerText(q, value, session.scope()) ?? '—';
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

export function findings(session: Session): Finding[] {
  return validateProgram(session.program, session.ruleset, { asOf: session.asOf, locate: session.file.locator() });
}

/** The same lines `sescdp validate` prints. */
export function showFindings(session: Session, only?: Section): void {
  const all = findings(session);
  const shown = only ? all.filter((f) => sectionOf(f.path) === only) : all;
  const context = `${only ? `${only.title}; ` : ''}${session.ruleset.id}, as of ${session.asOf}`;
  session.term.output.write(textReport(session.file.file, shown, context));
  const elsewhere = all.filter((f) => f.severity === 'error' && !shown.includes(f)).length;
  if (elsewhere) say(session.term, `Other sections have ${elsewhere} error${elsewhere === 1 ? '' : 's'}; ${validateHint(session)} lists them.`);
}

/** A select of the sections, each with the errors it still has; `done` adds a way out. */
export async function pickSection(session: Session, message: string, done?: string): Promise<Section | undefined> {
  const errors = findings(session).filter((f) => f.severity === 'error');
  const count = (s: Section) => errors.filter((f) => sectionOf(f.path) === s).length;
  const choice = await select(
    {
      message,
      choices: [
        ...(done ? [{ value: '', name: done }] : []),
        ...SECTIONS.map((s) => ({ value: s.id, name: `${s.title}${count(s) ? tint(session.term, 'red', ` (${count(s)} to fix)`) : ''}` })),
      ],
      default: '',
      pageSize: SECTIONS.length + 1,
    },
    promptContext(session.term),
  );
  return findSection(choice);
}

/** The file names its rule set, so the plain command checks it against the same rule. */
export function validateHint(session: Session): string {
  return `"${commandLine(['validate', session.file.file])}"`;
}

async function nextStep(session: Session, steps: readonly NextStep[]): Promise<number> {
  const t = session.term;
  const howToCheck = `Check the file again any time with ${validateHint(session)}; change a section with "${commandLine(['edit', session.file.file, '--section'])} NAME".`;
  if (!steps.length) {
    say(t, howToCheck);
    return 0;
  }
  const ready = !hasErrors(findings(session));
  const choice = await select(
    {
      message: ready ? 'What next?' : 'What next? (the documents will show the errors above as gaps)',
      choices: [...steps.map((s, i) => ({ value: String(i), name: `${s.label} (${commandLine(s.args)})` })), { value: '', name: 'Nothing for now' }],
      default: ready ? '0' : '',
    },
    promptContext(t),
  );
  const step = choice === '' ? undefined : steps[Number(choice)];
  if (!step) {
    say(t, howToCheck);
    return 0;
  }
  say(t, tint(t, 'dim', `$ ${commandLine(step.args)}`));
  return step.run();
}
