// Judges one answer the moment it is given: the rule set runs on the program as it would be with
// the answer, and only the findings about that answer count. A "must" refuses it, a "should"
// warns, a note informs. Findings about other, still unanswered questions (the policy template's
// list of missing answers) are left for those questions.
import type { Segment } from '../model/data-path.js';
import { formatPath, isAnswered } from '../model/data-path.js';
import type { Finding } from '../rules/validate.js';
import { keyPath, withValueAt, within } from './paths.js';
import type { Question } from './question.js';
import { explain } from './rule-text.js';
import type { AnswerContext } from './answer-context.js';

export interface Verdict {
  /** Why the answer cannot stand; the question is asked again. */
  refusal?: string;
  /** The reasons of the refusal that are not a rule's (an answer the wizard needs, a sanity check). */
  reasons: string[];
  /** The "must" findings behind the refusal, each with its citation (the page links them). */
  errors: Finding[];
  /** "Should" findings: shown, and the user may keep the answer. */
  warnings: Finding[];
  /** "Must" findings about a matter of record, reported but kept. */
  kept: Finding[];
  notes: Finding[];
}

export function judge(q: Question, base: readonly Segment[], value: unknown, session: AnswerContext): Verdict {
  const path = keyPath(base, q.key);
  const own = formatPath(path);
  const after = withValueAt(session.program, path, value);
  const prior = q.also ? new Set(session.findings().map(identity)) : new Set<string>();
  const relevant = session
    .findings(after)
    .filter((f) => within(f.path, own) || (q.also ?? []).some((p) => within(f.path, p) && !prior.has(identity(f))));

  const scope = session.scope(base, after);
  const reasons: string[] = [];
  if (q.required && !isAnswered(value)) reasons.push('An answer is needed here.');
  const insane = isAnswered(value) ? q.sanity?.(value, scope) : undefined;
  if (insane) reasons.push(insane);
  const errors = relevant.filter((f) => f.severity === 'error');
  const onRecord = errors.length > 0 && q.fact?.(value, scope) === true;
  const ownReasons = [...reasons];
  if (!onRecord) reasons.push(...errors.map((f) => explain(f, session.ruleset)));

  return {
    refusal: reasons.length ? [...new Set(reasons)].join('\n') : undefined,
    reasons: ownReasons,
    errors: onRecord ? [] : errors,
    warnings: relevant.filter((f) => f.severity === 'warning'),
    kept: onRecord ? errors : [],
    notes: relevant.filter((f) => f.severity === 'info'),
  };
}

/** What "no answer" is for a question: an empty list for lists, nothing otherwise. */
export function emptyAnswer(q: Question): unknown {
  return q.kind === 'list' ? [] : undefined;
}

/** Whether leaving the question unanswered would break a "must" (or the wizard's own need). */
export function isRequired(q: Question, base: readonly Segment[], session: AnswerContext): boolean {
  return judge(q, base, emptyAnswer(q), session).refusal !== undefined;
}

/** What leaving the question unanswered would do: break a "must" (even one kept on record), a "should", or nothing. */
export function need(q: Question, base: readonly Segment[], session: AnswerContext): 'required' | 'recommended' | 'optional' {
  const verdict = judge(q, base, emptyAnswer(q), session);
  return verdict.refusal || verdict.kept.length ? 'required' : verdict.warnings.length ? 'recommended' : 'optional';
}

function identity(f: Finding): string {
  return `${f.ruleId}|${f.path}`;
}
