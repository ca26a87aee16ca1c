// Asks a question of any kind, or a whole section of them.
import { askAnswer } from './ask-answer.js';
import { applies } from './applies.js';
import { editList } from './list-editor.js';
import { getIn, keyPath } from './paths.js';
import type { Question, Section } from './question.js';
import type { Session } from './session.js';
import { say, tint } from './terminal.js';

export interface AskMode {
  /** The question was answered before (edit, review): show the answer as the default and allow emptying a list. */
  revisit: boolean;
}

export async function ask(q: Question, session: Session, mode: AskMode): Promise<void> {
  if (q.kind === 'list') await editList(q, [], session, mode);
  else await askAnswer(q, [], session);
}

/** Every question of a section, in order; answers to questions that no longer apply are removed. */
export async function askSection(section: Section, session: Session, mode: AskMode): Promise<void> {
  for (const q of section.questions) {
    if (applies(q, [], session)) await ask(q, session, mode);
    else if (mode.revisit) dropStale(q, session);
  }
}

export function dropStale(q: Question, session: Session): void {
  const path = keyPath([], q.key);
  if (getIn(session.program, path) === undefined) return;
  session.file.set(path, undefined);
  say(session.term, tint(session.term, 'dim', `  Removed "${q.label}": it no longer applies.`));
}

export function sectionHeading(section: Section, index: number, total: number): string {
  return `── ${index + 1} of ${total} · ${section.title} ──`;
}
