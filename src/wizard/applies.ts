// Whether a conditional question is asked (partner agencies only for a group program...).
import type { Segment } from '../model/data-path.js';
import type { Question } from './question.js';
import type { AnswerContext } from './answer-context.js';

export function applies(q: Question, base: readonly Segment[], session: AnswerContext): boolean {
  return q.when ? q.when(session.scope(base)) : true;
}
