// `sescdp edit`: revisits one section of an existing program file (or several, one after
// another), with the current answers as defaults. The file is changed in place, so its comments
// and key order stay as they were.
import { commandLine } from '../cli/invocation.js';
import type { IsoDate } from '../model/dates.js';
import { availableRulesets, DEFAULT_RULESET, loadRuleset } from '../rules/ruleset.js';
import { askSection, sectionHeading } from './ask.js';
import { ProgramFile } from './program-file.js';
import type { Section } from './question.js';
import { pickSection, showFindings } from './review.js';
import { SECTIONS } from './sections/index.js';
import { Session } from './session.js';
import { sectionSummary } from './summary.js';
import { EXIT_INTERRUPTED, isInterrupt, say, tint, type Terminal } from './terminal.js';

export interface EditOptions {
  file: string;
  term: Terminal;
  asOf: IsoDate;
  /** From --section; without it the user picks. */
  section?: Section;
  ruleset?: string;
}

export async function runEdit(opts: EditOptions): Promise<number> {
  const file = ProgramFile.open(opts.file);
  file.migrateRuleset();
  const stored = file.state.ruleset;
  const ruleset = loadRuleset(opts.ruleset ?? (stored && availableRulesets().includes(stored) ? stored : DEFAULT_RULESET));
  const session = new Session(file, ruleset, opts.asOf, opts.term);
  const t = opts.term;
  let current = opts.section;
  try {
    say(t, tint(t, 'bold', `Editing ${opts.file} against ${ruleset.id}, the ${ruleset.shortTitle}.`));
    say(t, 'Each answer is saved at once; press Enter to keep the answer shown in (parentheses).');
    current ??= await pickSection(session, 'Which section do you want to change?');
    while (current) {
      say(t);
      say(t, tint(t, 'cyan', sectionHeading(current, SECTIONS.indexOf(current), SECTIONS.length)));
      await askSection(current, session, { revisit: true });
      say(t);
      for (const line of sectionSummary(current, session)) say(t, line);
      say(t);
      showFindings(session, current);
      current = opts.section ? undefined : await pickSection(session, 'Change another section?', 'No, that is all');
    }
    return 0;
  } catch (err) {
    if (!isInterrupt(err)) throw err;
    say(t);
    say(t, `Stopped. Every answer so far is saved in ${opts.file}; run "${commandLine(['edit', opts.file, ...(current ? ['--section', current.id] : [])])}" to go on.`);
    return EXIT_INTERRUPTED;
  }
}
