// Asks one question that has a single answer (text, date, number, yes/no, choice, ticks), judges
// the answer against the rule set, and saves it. A refused answer is asked again; a warned one is
// kept only if the user says so. Where inquirer can validate inline, the refusal shows under the
// prompt while the user is still typing.
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Segment } from '../model/data-path.js';
import { isAnswered } from '../model/data-path.js';
import { dateProblem, numberProblem, parseDate, parseNumber, parseText } from './answer-input.js';
import { judge, need, type Verdict } from './checking.js';
import { defaultConfirm, defaultNumber, defaultSelect, defaultTicks } from './defaults.js';
import { getIn, keyPath, patternOf } from './paths.js';
import type { CheckboxQuestion, DateQuestion, NumberQuestion, Question, TextQuestion } from './question.js';
import { explain, helpLines } from './rule-text.js';
import type { Session } from './session.js';
import { promptContext, say, tint } from './terminal.js';

export type SingleQuestion = Exclude<Question, { kind: 'list' }>;

export interface AskOptions {
  /** For the first field of a new list item: an empty answer means "add nothing after all". */
  emptyCancels?: boolean;
}

export type AskOutcome = 'answered' | 'cancelled';

const NO_FINDINGS: Verdict = { reasons: [], errors: [], warnings: [], kept: [], notes: [] };

export async function askAnswer(q: SingleQuestion, base: readonly Segment[], session: Session, opts: AskOptions = {}): Promise<AskOutcome> {
  showHelp(q, base, session);
  for (;;) {
    const value = await prompt(q, base, session, opts);
    if (opts.emptyCancels && !isAnswered(value)) return 'cancelled';
    // A gate's "yes" opens questions still to come; only its "no" can break a rule.
    const verdict = q.kind === 'gate' && value !== undefined ? NO_FINDINGS : judge(q, base, value, session);
    if (verdict.refusal) {
      for (const line of verdict.refusal.split('\n')) say(session.term, tint(session.term, 'red', `✖ ${line}`));
      continue;
    }
    if (!(await accepted(verdict, session, !isAnswered(value)))) continue;
    session.file.set(keyPath(base, q.key), value);
    return 'answered';
  }
}

export function showHelp(q: Question, base: readonly Segment[], session: Session): void {
  const applying = session.applyingRules();
  for (const line of helpLines(session.ruleset, patternOf(keyPath(base, q.key)), q.helpRules, (r) => applying.has(r.id))) {
    say(session.term, tint(session.term, 'dim', `  ${line}`));
  }
}

/** Reports what the rules said about an accepted answer; false when the user takes back a warned one. */
export async function accepted(verdict: Verdict, session: Session, empty = false): Promise<boolean> {
  const t = session.term;
  for (const f of verdict.kept) say(t, tint(t, 'red', `✖ ${explain(f, session.ruleset)}`));
  if (verdict.kept.length) say(t, tint(t, 'dim', '  Kept, because it is a matter of record; `sescdp validate` reports it until it is resolved.'));
  for (const f of verdict.notes) say(t, tint(t, 'cyan', `ℹ ${explain(f, session.ruleset)}`));
  if (!verdict.warnings.length) return true;
  for (const f of verdict.warnings) say(t, tint(t, 'yellow', `⚠ ${explain(f, session.ruleset)}`));
  // The rule says "should": going against it takes a deliberate yes.
  return confirm({ message: empty ? 'Leave it unanswered anyway?' : 'Keep this answer anyway?', default: false }, promptContext(t));
}

async function prompt(q: SingleQuestion, base: readonly Segment[], session: Session, opts: AskOptions): Promise<unknown> {
  const current = getIn(session.program, keyPath(base, q.key));
  const ctx = promptContext(session.term);
  const inline = (value: unknown): string | true => judge(q, base, value, session).refusal ?? true;
  switch (q.kind) {
    case 'text':
    case 'date': {
      const raw = await input(
        {
          message: q.message,
          theme: hinted(hints(q, base, session, current, opts), session),
          default: typeof current === 'string' ? current : undefined,
          validate: (text) => {
            if (opts.emptyCancels && !text.trim()) return true;
            if (q.kind === 'date') return dateProblem(text) ?? inline(parseDate(text));
            return inline(parseText(text));
          },
        },
        ctx,
      );
      return q.kind === 'date' ? parseDate(raw) : parseText(raw);
    }
    case 'number': {
      const fallback = typeof current === 'number' ? current : defaultNumber(q, base, session);
      // A text prompt, so that "1,200" and "$250,000" are read as people write them, and a refusal is in our words.
      const raw = await input(
        {
          message: q.message,
          theme: hinted(hints(q, base, session, current, opts, fallback), session),
          default: fallback === undefined ? undefined : String(fallback),
          validate: (text) => {
            const n = parseNumber(text);
            // An empty answer is judged after the prompt closes, with the rest of the rules.
            return n === undefined ? true : (numberProblem(q, n) ?? inline(n));
          },
        },
        ctx,
      );
      return parseNumber(raw);
    }
    case 'confirm':
      return confirm({ message: q.message, default: typeof current === 'boolean' ? current : defaultConfirm(q, base, session) }, ctx);
    case 'gate': {
      const yes = await confirm({ message: q.message, default: current !== undefined || (q.default?.(session.scope(base)) ?? true) }, ctx);
      return yes ? (current ?? {}) : undefined;
    }
    case 'select': {
      const choices = q.choices(session.scope(base));
      const chosen = await select(
        { message: q.message, choices, default: typeof current === 'string' ? current : defaultSelect(q, base, session), pageSize: 12 },
        ctx,
      );
      return chosen === '' ? undefined : chosen;
    }
    case 'checkbox':
      return ticks(q, base, session, current, inline);
  }
}

async function ticks(q: CheckboxQuestion, base: readonly Segment[], session: Session, current: unknown, inline: (v: unknown) => string | true): Promise<string[]> {
  const order = q.choices(session.scope(base));
  const ticked = Array.isArray(current) ? (current as string[]) : defaultTicks(q, base, session);
  const chosen = await checkbox(
    {
      message: q.message,
      choices: order.map((c) => ({ ...c, checked: ticked.includes(c.value) })),
      validate: (items) => inline(items.map((i) => i.value)),
      pageSize: 12,
    },
    promptContext(session.term),
  );
  return order.map((c) => c.value).filter((v) => chosen.includes(v));
}

/** What the user needs to know to answer: optional or not, an example, the date format. */
function hints(
  q: TextQuestion | DateQuestion | NumberQuestion,
  base: readonly Segment[],
  session: Session,
  current: unknown,
  opts: AskOptions,
  fallback?: number,
): string[] {
  const out: string[] = [];
  if (opts.emptyCancels) out.push('leave empty to cancel');
  else if (fallback === undefined && current === undefined) {
    const needed = need(q, base, session);
    if (needed !== 'required') out.push(needed);
  }
  const example = typeof q.example === 'function' ? q.example(session.scope(base)) : q.example;
  if (current === undefined && example) out.push(`e.g. ${example}`);
  if (q.kind === 'date' && current === undefined && !q.example) out.push('MM/DD/YYYY or YYYY-MM-DD');
  return out;
}

/** Shows the hints while the question is open; the answered line keeps only the question. */
function hinted(list: string[], session: Session) {
  const suffix = list.length ? ` ${tint(session.term, 'dim', `(${list.join('; ')})`)}` : '';
  return { style: { message: (text: string, status: string) => `${tint(session.term, 'bold', text)}${status === 'done' ? '' : suffix}` } };
}
