// The end of a wizard run: every section's answers, the findings `validate` would print, a chance
// to revisit any section, then the next step (render the documents, build the package) when
// those commands exist, or how to check the file when they do not.
import { select } from '@inquirer/prompts';
import { textReport } from '../cli/findings-text.js';
import { commandLine } from '../cli/invocation.js';
import { hasErrors, validateProgram, type Finding } from '../rules/validate.js';
import { askSection, sectionHeading } from './ask.js';
import type { Section } from './question.js';
import { findSection, SECTIONS, sectionOf } from './sections/index.js';
import type { Session } from './session.js';
import { sectionSummary } from './summary.js';
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
  for (const section of SECTIONS) {
    say(t);
    for (const line of sectionSummary(section, session)) say(t, line);
  }
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

/** Asks a section again with its answers as defaults, then shows it and the findings. */
export async function revisit(section: Section, session: Session): Promise<void> {
  const t = session.term;
  say(t);
  say(t, tint(t, 'cyan', sectionHeading(section, SECTIONS.indexOf(section), SECTIONS.length)));
  await askSection(section, session, { revisit: true });
  say(t);
  for (const line of sectionSummary(section, session)) say(t, line);
  say(t);
  showFindings(session);
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
