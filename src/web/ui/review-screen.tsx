// The review, as `sescdp init` ends: every section's answers (only the questions that apply), with a link to change
// each section and the count of what it still has to fix, then what `sescdp validate` reports.
import { getIn, keyPath } from '../../wizard/paths.js';
import type { Question, Section } from '../../wizard/question.js';
import { SECTIONS } from '../../wizard/sections/index.js';
import { answerText } from '../../wizard/summary.js';
import { inSection, visible, type SingleQuestion } from '../questions.js';
import { screenHash, useEnv } from './env.js';
import { summaryLine } from './findings.js';
import { ScreenHeading } from './screen-heading.js';

export function ReviewScreen() {
  const env = useEnv();
  const errors = env.findings.filter((f) => f.severity === 'error').length;
  return (
    <>
      <ScreenHeading>Review all sections</ScreenHeading>
      <p class="section-status">
        {env.work.fileName}, checked against the {env.ruleset.shortTitle} as of {env.asOf}: {summaryLine(env.findings)} (what <code>sescdp validate</code>{' '}
        reports; each is listed under Findings with a link to its question).
      </p>
      <p>
        <a class="button" href="#/documents">
          {errors ? 'Documents and package (the package will be a draft until the errors are fixed)' : 'Documents and package'}
        </a>
      </p>
      {SECTIONS.map((s) => (
        <SectionSummary key={s.id} section={s} />
      ))}
    </>
  );
}

function SectionSummary({ section }: { section: Section }) {
  const env = useEnv();
  const errors = env.findings.filter((f) => f.severity === 'error' && inSection(f, section)).length;
  const headingId = `review-${section.id}`;
  return (
    <section class="review-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {section.title}
        {errors ? <span class="count"> ({errors} to fix)</span> : null}
      </h3>
      <dl>
        {section.questions
          .filter((q) => visible(q, [], env.ctx))
          .map((q) => (
            <Answer key={q.key} q={q} />
          ))}
      </dl>
      <p>
        <a href={screenHash({ kind: 'section', id: section.id })}>Change “{section.title}”</a>
      </p>
    </section>
  );
}

function Answer({ q }: { q: Question }) {
  const env = useEnv();
  const value = getIn(env.ctx.program, keyPath([], q.key));
  const scope = env.ctx.scope();
  if (q.kind === 'list') {
    const items = Array.isArray(value) ? value : [];
    return (
      <>
        <dt>{q.label}</dt>
        <dd>
          {value === undefined ? (
            <span class="unanswered">not answered</span>
          ) : items.length ? (
            <ul>
              {items.map((item, i) => (
                <li key={i}>{q.describe(item, env.ctx.scope([...keyPath([], q.key), i]))}</li>
              ))}
            </ul>
          ) : (
            'none'
          )}
        </dd>
      </>
    );
  }
  const text = answerText(q as SingleQuestion, value, scope);
  return (
    <>
      <dt>{q.label}</dt>
      <dd>{text ?? <span class="unanswered">not answered</span>}</dd>
    </>
  );
}
