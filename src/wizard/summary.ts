// A section's answers as the review shows them: one line per question, list items beneath.
import { applies } from './applies.js';
import { getIn, keyPath } from './paths.js';
import type { Question, Scope, Section } from './question.js';
import type { Session } from './session.js';
import { tint } from './terminal.js';

export function sectionSummary(section: Section, session: Session): string[] {
  const t = session.term;
  const lines = [tint(t, 'bold', section.title)];
  const scope = session.scope();
  for (const q of section.questions) {
    if (!applies(q, [], session)) continue;
    const value = getIn(session.program, keyPath([], q.key));
    if (q.kind === 'list') {
      const items = Array.isArray(value) ? value : [];
      lines.push(`  ${q.label}: ${value === undefined ? tint(t, 'dim', '—') : items.length ? items.length : 'none'}`);
      for (const item of items) lines.push(`    • ${q.describe(item, scope)}`);
    } else {
      lines.push(`  ${q.label}: ${show(q, value, session)}`);
    }
  }
  return lines;
}

function show(q: Exclude<Question, { kind: 'list' }>, value: unknown, session: Session): string {
  return answerText(q, value, session.scope()) ?? tint(session.term, 'dim', '—');
}

/** An answer as a person reads it ("yes", "100 hours", the choice's name), or undefined when there is none. */
export function answerText(q: Exclude<Question, { kind: 'list' }>, value: unknown, scope: Scope): string | undefined {
  if (q.kind === 'gate') return value === undefined ? 'no' : 'yes';
  if (value === undefined) return undefined;
  switch (q.kind) {
    case 'confirm':
      return value ? 'yes' : 'no';
    case 'select':
      return q.choices(scope).find((c) => c.value === value)?.name ?? String(value);
    case 'checkbox': {
      const choices = q.choices(scope);
      return (value as string[]).map((v) => choices.find((c) => c.value === v)?.name ?? v).join('; ') || 'none';
    }
    case 'number':
      return q.unit ? `${value}${q.unit === '%' ? '%' : ` ${q.unit}`}` : String(value);
    default: {
      const text = String(value);
      return text.length > 110 ? `${text.slice(0, 107)}...` : text;
    }
  }
}
