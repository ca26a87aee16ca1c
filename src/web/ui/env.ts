// What every part of the page reads and how it changes things, passed down through one Preact context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { IsoDate } from '../../model/dates.js';
import type { Segment } from '../../model/data-path.js';
import type { Ruleset } from '../../rules/ruleset.js';
import type { Finding } from '../../rules/validate.js';
import type { AnswerContext } from '../../wizard/answer-context.js';
import type { Work, WorkInputs } from '../work.js';

export type Screen =
  | { kind: 'section'; id: string; focus?: string }
  | { kind: 'review' }
  | { kind: 'documents' }
  | { kind: 'cohort' }
  | { kind: 'rules'; rule?: string };

export interface Env {
  work: Work;
  ctx: AnswerContext;
  ruleset: Ruleset;
  asOf: IsoDate;
  /** The program's findings, as `sescdp validate` lists them. */
  findings: Finding[];
  /** Ids of the rules whose condition holds (help lines name only those). */
  applying: Set<string>;
  /** Questions the user has been to (their missing answers are shown as errors from then on), by formatted path. */
  touched: Set<string>;
  /** Changes when answers change other than by typing in a field (opening, filling in suggestions), so fields re-read them. */
  generation: number;
  /**
   * Changes once typing pauses (at once for any other change). Fields other than the one being typed in are drawn
   * again only then, which keeps a keystroke's work to that field and the Findings.
   */
  settled: number;
  /** Errors per section id. */
  sectionErrors: Map<string, number>;
  /** `typing`: a keystroke in a text field, whose effect on the other fields can wait for a pause. */
  set(path: readonly Segment[], value: unknown, typing?: boolean): void;
  /** The cohort, roster or participant files, kept in the browser with the program. */
  setInputs(inputs: WorkInputs): void;
  /** After changing answers other than by typing: every field shows the saved answer again. */
  refresh(): void;
  touch(path: readonly Segment[]): void;
  go(screen: Screen): void;
  announce(text: string): void;
}

export const EnvContext = createContext<Env | undefined>(undefined);

export function useEnv(): Env {
  const env = useContext(EnvContext);
  if (!env) throw new Error('the page has no work open');
  return env;
}

/** The hash a screen lives at, so the browser's Back button and links work (`#/section/training/training.totalHours`). */
export function screenHash(screen: Screen): string {
  switch (screen.kind) {
    case 'section':
      return `#/section/${screen.id}${screen.focus ? `/${encodeURIComponent(screen.focus)}` : ''}`;
    case 'rules':
      return `#/rules${screen.rule ? `/${screen.rule}` : ''}`;
    default:
      return `#/${screen.kind}`;
  }
}

export function screenOf(hash: string): Screen | undefined {
  const [kind, id, focus] = hash.replace(/^#\/?/, '').split('/');
  switch (kind) {
    case 'section':
      return id ? { kind, id, focus: focus ? decodeURIComponent(focus) : undefined } : undefined;
    case 'rules':
      return { kind, rule: id || undefined };
    case 'review':
    case 'documents':
    case 'cohort':
      return { kind };
    default:
      return undefined;
  }
}
