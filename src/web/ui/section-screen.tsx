// One section of the wizard's catalogue as a page of the form, in the wizard's order, with only the questions that
// apply. "Fill in the suggested answers" does what pressing Enter through the wizard does: every unanswered question
// that has a compliant default takes it (free text never does).
import { formatPath, type Segment } from '../../model/data-path.js';
import { keyPath } from '../../wizard/paths.js';
import type { ListQuestion, Question, Section } from '../../wizard/question.js';
import { SECTIONS } from '../../wizard/sections/index.js';
import type { AnswerContext } from '../../wizard/answer-context.js';
import { suggestion, valueAt, visible, type SingleQuestion } from '../questions.js';
import { useEnv, type Env } from './env.js';
import { ListField } from './list-field.js';
import { fieldProps, QuestionField } from './question.js';
import { useMemo } from 'preact/hooks';
import { ScreenHeading } from './screen-heading.js';

export function SectionScreen({ section }: { section: Section }) {
  const env = useEnv();
  const index = SECTIONS.indexOf(section);
  const previous = SECTIONS[index - 1];
  const next = SECTIONS[index + 1];
  const errors = env.sectionErrors.get(section.id) ?? 0;
  const fillable = useMemo(() => pendingSuggestions(section, env.ctx).length, [section, env.settled, env.ruleset, env.asOf]);
  return (
    <>
      <ScreenHeading>
        <span class="step">
          Section {index + 1} of {SECTIONS.length}:
        </span>{' '}
        {section.title}
      </ScreenHeading>
      <p class="section-status">
        {errors ? `${errors} ${errors === 1 ? 'error' : 'errors'} to fix in this section (listed under Findings).` : 'No errors in this section.'} Answers are saved as you type.
      </p>
      {fillable ? (
        <p>
          <button type="button" onClick={() => fillSuggestions(section, env)}>
            Fill in the suggested answers ({fillable})
          </button>
        </p>
      ) : null}
      <form class="section-form" onSubmit={(e) => e.preventDefault()} aria-label={section.title}>
        {section.questions
          .filter((q) => visible(q, [], env.ctx))
          .map((q) =>
            q.kind === 'list' ? <ListField key={q.key} q={q} {...fieldProps(env, q, [])} /> : <QuestionField key={q.key} q={q as SingleQuestion} {...fieldProps(env, q, [])} />,
          )}
      </form>
      <nav class="pager" aria-label="Sections before and after">
        {previous ? <a href={`#/section/${previous.id}`}>← Previous: {previous.title}</a> : <span />}
        {next ? <a href={`#/section/${next.id}`}>Next: {next.title} →</a> : <a href="#/review">Next: Review all sections →</a>}
      </nav>
    </>
  );
}

interface Pending {
  path: Segment[];
  value: unknown;
}

/** What "Fill in the suggested answers" would set next: the first unanswered question with a suggestion, in order. */
function nextSuggestion(questions: readonly Question[], ctx: AnswerContext): Pending | undefined {
  for (const q of questions) {
    if (!visible(q, [], ctx) || valueAt(ctx, [], q) !== undefined) continue;
    const path = keyPath([], q.key);
    if (q.kind === 'list') {
      const list = q as ListQuestion;
      const yes = list.gate ? (list.gateDefault?.(ctx.scope()) ?? false) : true;
      const items = yes ? (list.prefill?.(ctx.scope()) ?? []) : [];
      if (!yes || items.length) return { path, value: items };
      continue;
    }
    const value = suggestion(q, [], ctx);
    if (value !== undefined) return { path, value };
  }
  return undefined;
}

function pendingSuggestions(section: Section, ctx: AnswerContext): Question[] {
  return section.questions.filter((q) => {
    if (!visible(q, [], ctx) || valueAt(ctx, [], q) !== undefined) return false;
    return nextSuggestion([q], ctx) !== undefined;
  });
}

/** One at a time, since an answer can open the questions after it (a coach's questions after "yes"). */
function fillSuggestions(section: Section, env: Env): void {
  let filled = 0;
  for (let guard = 0; guard < 200; guard++) {
    const next = nextSuggestion(section.questions, env.ctx);
    if (!next) break;
    if (section.questions.some((q) => q.kind === 'list' && q.compact && q.key === formatPath(next.path))) env.work.doc.compactLists.add(formatPath(next.path));
    env.set(next.path, next.value);
    filled++;
  }
  env.refresh();
  env.announce(`${filled} suggested ${filled === 1 ? 'answer' : 'answers'} filled in.`);
}
