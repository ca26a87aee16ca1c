// One question of the wizard's catalogue as a form control: its help lines (the rules it answers, with citations),
// the control, what the wizard would suggest, and the verdict on the answer as it stands, tied to the control with
// aria-describedby and aria-invalid. Every answer is saved as it is typed; one that cannot be read (not a number) is
// not, and says why.
import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatPath, isAnswered, type Segment } from '../../model/data-path.js';
import { dateProblem, numberProblem, parseNumber, parseText } from '../../wizard/answer-input.js';
import type { Severity } from '../../rules/ruleset.js';
import type { Finding } from '../../rules/validate.js';
import type { Verdict } from '../../wizard/checking.js';
import { keyPath } from '../../wizard/paths.js';
import type { CheckboxQuestion, Choice, ConfirmQuestion, GateQuestion, NumberQuestion, Question, SelectQuestion } from '../../wizard/question.js';
import { answerText } from '../../wizard/summary.js';
import { exampleOf, fieldId, needOf, questionHelp, suggestion, valueAt, verdictOf, type SingleQuestion } from '../questions.js';
import { useEnv, type Env } from './env.js';
import { Citation, SeverityBadge } from './finding-line.js';

/** Free-text answers short enough for one line; the others get a box that shows several. */
const ONE_LINE = new Set(['name', 'acronym', 'title', 'email', 'phone', 'id', 'role', 'instrument', 'system', 'address', 'timing', 'frequency', 'conductedBy']);

interface Ids {
  control: string;
  help: string;
  hint: string;
  messages: string;
}

function idsOf(path: readonly Segment[]): Ids {
  const control = fieldId(path);
  return { control, help: `${control}-help`, hint: `${control}-hint`, messages: `${control}-messages` };
}

export function describedBy(ids: Ids, parts: { help: boolean; hint: boolean; messages: boolean }): string | undefined {
  const list = [parts.help && ids.help, parts.hint && ids.hint, parts.messages && ids.messages].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** What decides whether a field must be drawn again (see FieldProps). */
export interface FieldProps {
  base: readonly Segment[];
  /** The answer, as JSON: a field whose own answer changed is drawn again at once. */
  valueKey: string;
  touched: boolean;
  settled: number;
  generation: number;
}

export function fieldProps(env: Env, q: Question, base: readonly Segment[]): FieldProps {
  const path = keyPath(base, q.key);
  return { base, valueKey: JSON.stringify(valueAt(env.ctx, base, q)) ?? '', touched: env.touched.has(formatPath(path)), settled: env.settled, generation: env.generation };
}

/** Fields are drawn again only when their own answer, their visit or the settled form changes. */
export function sameField<P extends FieldProps & { q: Question }>(a: P, b: P): boolean {
  return a.q === b.q && a.valueKey === b.valueKey && a.touched === b.touched && a.settled === b.settled && a.generation === b.generation && formatPath(a.base) === formatPath(b.base);
}

export const QuestionField = memo(QuestionFieldView, sameField);

function QuestionFieldView({ q, base }: FieldProps & { q: SingleQuestion }) {
  const env = useEnv();
  const path = keyPath(base, q.key);
  const ids = idsOf(path);
  const value = valueAt(env.ctx, base, q);
  const [inputProblem, setInputProblem] = useState<string | undefined>();
  const help = questionHelp(q, base, env.ctx, env.applying);
  const answered = isAnswered(value) || (q.kind === 'confirm' && value !== undefined);
  const shown = answered || env.touched.has(formatPath(path));
  const verdict = verdictOf(q, base, env.ctx);
  const messages = inputProblem ? [{ key: 'input', node: <Problem text={inputProblem} /> }] : verdictMessages(verdict, shown, env.ruleset.status);
  const invalid = messages.some((m) => m.key.startsWith('error') || m.key === 'input' || m.key.startsWith('reason'));
  const optional = !answered && needOf(q, base, env.ctx) === 'optional';
  const hint = hintText(env, q, base, value);
  const parts = { help: help.length > 0, hint: hint !== undefined, messages: messages.length > 0 };
  const common = {
    id: ids.control,
    'aria-describedby': describedBy(ids, parts),
    'aria-invalid': invalid ? ('true' as const) : undefined,
    onBlur: () => env.touch(path),
  };
  const label = (
    <>
      {q.message}
      {optional ? <span class="optional"> (optional)</span> : null}
    </>
  );

  let control: JSX.Element;
  let grouped = false;
  switch (q.kind) {
    case 'text':
    case 'date':
    case 'number':
      control = <TypedInput q={q} path={path} value={value} common={common} onProblem={setInputProblem} />;
      break;
    case 'confirm':
    case 'gate':
      grouped = true;
      control = <YesNo q={q} path={path} value={value} common={common} />;
      break;
    case 'select':
      grouped = true;
      control = <OneOf q={q} base={base} path={path} value={value} common={common} />;
      break;
    case 'checkbox':
      grouped = true;
      control = <SomeOf q={q} base={base} path={path} value={value} common={common} />;
      break;
  }
  const body = (
    <>
      {help.length ? (
        <ul class="help" id={ids.help}>
          {help.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {control}
      {hint ? (
        <p class="hint" id={ids.hint}>
          {hint}
        </p>
      ) : null}
      <Messages id={ids.messages} messages={messages} />
    </>
  );
  return grouped ? (
    <fieldset class={`question${invalid ? ' invalid' : ''}`} id={`${ids.control}-group`}>
      <legend>{label}</legend>
      {body}
    </fieldset>
  ) : (
    <div class={`question${invalid ? ' invalid' : ''}`}>
      <label for={ids.control}>{label}</label>
      {body}
    </div>
  );
}

function Problem({ text }: { text: string }) {
  return (
    <>
      <SeverityBadge severity="error" /> {text}
    </>
  );
}

interface Message {
  key: string;
  node: JSX.Element;
}

/** The verdict as lines: a must's error with its citation, a should's warning, a note. Missing answers wait for a visit. */
export function verdictMessages(verdict: Verdict, shown: boolean, status: string): Message[] {
  const STATUS: Record<string, string> = { proposed: 'proposed', 'in-force': 'in force', final: 'final' };
  const line = (key: string, f: Finding, severity: Severity, kept = false): Message => ({
    key,
    node: (
      <>
        <SeverityBadge severity={severity} kept={kept} /> {f.message} — <Citation citation={f.citation} ruleId={f.ruleId} status={STATUS[status]} />
      </>
    ),
  });
  const musts = shown
    ? [
        ...verdict.reasons.map((r, i): Message => ({ key: `reason${i}`, node: <Problem text={r} /> })),
        ...verdict.errors.map((f, i) => line(`error${i}`, f, 'error')),
        ...verdict.kept.map((f, i) => line(`kept${i}`, f, 'error', true)),
      ]
    : [];
  return [...musts, ...verdict.warnings.map((f, i) => line(`warning${i}`, f, 'warning')), ...verdict.notes.map((f, i) => line(`note${i}`, f, 'info'))];
}

export function Messages({ id, messages }: { id: string; messages: Message[] }) {
  if (!messages.length) return <div id={id} class="messages" hidden />;
  return (
    <ul id={id} class="messages">
      {messages.map((m) => (
        <li key={m.key} class={m.key.replace(/\d+$/, '')}>
          {m.node}
        </li>
      ))}
    </ul>
  );
}

/** What the wizard would offer: a suggested value that meets the rule, or an example for free text. */
function hintText(env: Env, q: SingleQuestion, base: readonly Segment[], value: unknown): string | undefined {
  if (value !== undefined) return undefined;
  if (q.kind === 'text' || q.kind === 'date') {
    const example = exampleOf(q, base, env.ctx);
    return example ? `For example: ${example}` : undefined;
  }
  const suggested = suggestion(q, base, env.ctx);
  if (suggested === undefined || (Array.isArray(suggested) && !suggested.length)) return undefined;
  const text = answerText(q, suggested, env.ctx.scope(base));
  return text ? `Suggested: ${text} (meets the rule; "Fill in the suggested answers" takes it)` : undefined;
}

interface ControlProps<Q> {
  q: Q;
  path: Segment[];
  value: unknown;
  common: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true'; onBlur: () => void };
}

/** Text, dates and numbers: what is typed stays as typed while the field is in use; the saved answer is parsed from it. */
function TypedInput({ q, path, value, common, onProblem }: ControlProps<SingleQuestion> & { onProblem: (p: string | undefined) => void }) {
  const env = useEnv();
  const shownValue = value === undefined || value === null ? '' : String(value);
  const [raw, setRaw] = useState(shownValue);
  // Answers changed from elsewhere (a file opened, suggestions filled in) replace what the field shows.
  useEffect(() => {
    setRaw(shownValue);
    onProblem(undefined);
  }, [env.generation, formatPath(path)]);

  const commit = (text: string) => {
    setRaw(text);
    if (q.kind === 'number') {
      const n = parseNumber(text);
      const problem = n === undefined ? undefined : numberProblem(q as NumberQuestion, n);
      onProblem(problem);
      if (!problem) env.set(path, n, true);
      return;
    }
    const problem = q.kind === 'date' ? dateProblem(text) : undefined;
    onProblem(problem);
    if (!problem) env.set(path, parseText(text), true);
  };
  const onInput = (e: Event) => commit((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);

  if (q.kind === 'date') return <input {...common} type="date" value={raw} onInput={onInput} onChange={onInput} />;
  if (q.kind === 'number') {
    const unit = (q as NumberQuestion).unit;
    return (
      <span class="with-unit">
        <input {...common} type="text" inputMode="decimal" autoComplete="off" value={raw} onInput={onInput} class="number" />
        {unit ? <span class="unit">{unit}</span> : null}
      </span>
    );
  }
  const last = q.key.split('.').pop() ?? '';
  if (last === 'email') return <input {...common} type="email" value={raw} onInput={onInput} />;
  if (ONE_LINE.has(last)) return <input {...common} type="text" value={raw} onInput={onInput} />;
  return <textarea {...common} rows={raw.length > 160 ? 5 : 3} value={raw} onInput={onInput} />;
}

function YesNo({ q, path, value, common }: ControlProps<ConfirmQuestion | GateQuestion>) {
  const env = useEnv();
  // A gate's "no" is the absence of its section, which is also how an unanswered gate looks: say "no" once chosen.
  const [saidNo, setSaidNo] = useState(false);
  const yes = q.kind === 'gate' ? value !== undefined : value === true;
  const no = q.kind === 'gate' ? value === undefined && saidNo : value === false;
  const choose = (answer: boolean) => {
    setSaidNo(!answer);
    if (q.kind === 'gate') env.set(path, answer ? (value ?? {}) : undefined);
    else env.set(path, answer);
  };
  const { id, ...rest } = common;
  return (
    <div class="choices inline">
      <label>
        <input {...rest} type="radio" name={id} id={id} checked={yes} onChange={() => choose(true)} /> Yes
      </label>
      <label>
        <input {...rest} type="radio" name={id} id={`${id}-no`} checked={no} onChange={() => choose(false)} /> No
      </label>
    </div>
  );
}

function OneOf({ q, base, path, value, common }: ControlProps<SelectQuestion> & { base: readonly Segment[] }) {
  const env = useEnv();
  const choices: Choice[] = q.choices(env.ctx.scope(base));
  const { id, ...rest } = common;
  return (
    <div class="choices">
      {choices.map((c, i) => (
        <label key={c.value} class="choice">
          <input
            {...rest}
            type="radio"
            name={id}
            id={i === 0 ? id : `${id}-${i}`}
            checked={(value ?? (c.value === '' ? '' : undefined)) === c.value}
            onChange={() => env.set(path, c.value === '' ? undefined : c.value)}
          />{' '}
          {c.name}
          {c.description ? <span class="choice-note">{c.description}</span> : null}
        </label>
      ))}
    </div>
  );
}

function SomeOf({ q, base, path, value, common }: ControlProps<CheckboxQuestion> & { base: readonly Segment[] }) {
  const env = useEnv();
  const choices = q.choices(env.ctx.scope(base));
  const ticked = Array.isArray(value) ? (value as string[]) : [];
  const { id, ...rest } = common;
  const toggle = (v: string, on: boolean) => {
    const next = choices.map((c) => c.value).filter((c) => (c === v ? on : ticked.includes(c)));
    env.set(path, next);
  };
  return (
    <div class="choices">
      {choices.map((c, i) => (
        <label key={c.value} class="choice">
          <input {...rest} type="checkbox" id={i === 0 ? id : `${id}-${i}`} checked={ticked.includes(c.value)} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />{' '}
          {c.name}
          {c.description ? <span class="choice-note">{c.description}</span> : null}
        </label>
      ))}
    </div>
  );
}
