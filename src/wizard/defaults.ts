// Compliant defaults, found by asking the rule set rather than written into the catalogue:
// a number takes the limit of the rule on its path; a yes/no or a choice takes the first
// candidate the rules accept without a warning. Pressing Enter through them gives a valid program.
import type { Segment } from '../model/data-path.js';
import { judge } from './checking.js';
import { keyPath, patternOf } from './paths.js';
import type { CheckboxQuestion, ConfirmQuestion, NumberQuestion, Question, SelectQuestion } from './question.js';
import { ruleLimit } from './rule-text.js';
import type { AnswerContext } from './answer-context.js';

export function defaultNumber(q: NumberQuestion, base: readonly Segment[], session: AnswerContext): number | undefined {
  if (q.default) return q.default(session.scope(base));
  return ruleLimit(session.ruleset, patternOf(keyPath(base, q.key)));
}

export function defaultConfirm(q: ConfirmQuestion, base: readonly Segment[], session: AnswerContext): boolean {
  return q.default ? q.default(session.scope(base)) : firstAccepted(q, base, session, [true, false]);
}

export function defaultSelect(q: SelectQuestion, base: readonly Segment[], session: AnswerContext): string | undefined {
  const scope = session.scope(base);
  if (q.default) return q.default(scope);
  return firstAccepted(q, base, session, q.choices(scope).map((c) => c.value));
}

export function defaultTicks(q: CheckboxQuestion, base: readonly Segment[], session: AnswerContext): string[] {
  const scope = session.scope(base);
  return q.default ? q.default(scope) : q.choices(scope).map((c) => c.value);
}

/** The first candidate with no finding at all, else the first that is not refused, else the first. */
function firstAccepted<T>(q: Question, base: readonly Segment[], session: AnswerContext, candidates: T[]): T {
  const verdicts = candidates.map((c) => ({ c, v: judge(q, base, c, session) }));
  const clean = verdicts.find(({ v }) => !v.refusal && !v.warnings.length);
  const allowed = verdicts.find(({ v }) => !v.refusal);
  return (clean ?? allowed ?? verdicts[0]!).c;
}
