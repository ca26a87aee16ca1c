// Whether a conditional question is asked (partner agencies only for a group program...).
import type { Segment } from '../model/data-path.js';
import type { Question } from './question.js';
import type { Session } from './session.js';

export function applies(q: Question, base: readonly Segment[], session: Session): boolean {
  return q.when ? q.when(session.scope(base)) : true;
}
