// A list question (subcomponents, training topics, contacts...): its yes/no when it has one, each item's fields in
// a group of their own with a button to remove it, a button to add another, and the verdict on the whole list (every
// required topic covered, at least one contact...), as the wizard's list editor judges it when you choose Done.
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { formatPath, type Segment } from '../../model/data-path.js';
import { keyPath } from '../../wizard/paths.js';
import type { ListQuestion } from '../../wizard/question.js';
import { fieldId, questionHelp, valueAt, verdictOf, visible, type SingleQuestion } from '../questions.js';
import { useEnv } from './env.js';
import { fieldProps, Messages, QuestionField, sameField, verdictMessages, type FieldProps } from './question.js';

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export const ListField = memo(ListFieldView, sameField);

function ListFieldView({ q, base }: FieldProps & { q: ListQuestion }) {
  const env = useEnv();
  const path = keyPath(base, q.key);
  const id = fieldId(path);
  const value = valueAt(env.ctx, base, q);
  const items = Array.isArray(value) ? value : [];
  const [opened, setOpened] = useState(false);
  const scope = env.ctx.scope(base);
  const help = questionHelp(q, base, env.ctx, env.applying);
  const gateYes = items.length > 0 || opened;
  const gateNo = Array.isArray(value) && items.length === 0 && !opened;
  const showItems = !q.gate || gateYes;
  const canAdd = q.canAdd?.(scope) ?? true;
  const prefill = !items.length ? (q.prefill?.(scope) ?? []) : [];
  const shown = Array.isArray(value) || env.touched.has(formatPath(path));
  const messages = verdictMessages(verdictOf(q, base, env.ctx), shown, env.ruleset.status);
  const singleText = q.item.length === 1 && q.item[0]!.key === '';

  const remember = () => {
    if (q.compact) env.work.doc.compactLists.add(formatPath(path));
  };
  const add = () => {
    remember();
    setOpened(true);
    env.set([...path, items.length], singleText ? '' : {});
    // Focus the new item's first field once it is drawn.
    requestAnimationFrame(() => document.getElementById(fieldId([...path, items.length, ...q.item[0]!.key.split('.').filter(Boolean)]))?.focus());
  };
  const remove = (i: number) => {
    env.set([...path, i], undefined);
    env.announce(`${q.noun} ${i + 1} removed.`);
  };
  const fill = () => {
    remember();
    env.set(path, prefill);
    env.announce(`${q.label}: filled in with ${prefill.length} items that meet the rule.`);
  };

  return (
    <fieldset class={`question list${messages.some((m) => m.key.startsWith('error') || m.key.startsWith('reason')) ? ' invalid' : ''}`} id={id} tabIndex={-1}>
      <legend>{q.label}</legend>
      {help.length ? (
        <ul class="help" id={`${id}-help`}>
          {help.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {q.gate ? (
        <fieldset class="gate">
          <legend>{q.gate}</legend>
          <div class="choices inline">
            <label>
              <input type="radio" name={`${id}-gate`} id={`${id}-gate`} checked={gateYes} onChange={() => setOpened(true)} onBlur={() => env.touch(path)} /> Yes
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-gate`}
                id={`${id}-gate-no`}
                checked={gateNo}
                onChange={() => {
                  setOpened(false);
                  env.set(path, []);
                }}
                onBlur={() => env.touch(path)}
              />{' '}
              No
            </label>
          </div>
        </fieldset>
      ) : null}
      {showItems
        ? items.map((item, i) => {
            const itemPath = [...path, i];
            const title = `${capital(q.noun)} ${i + 1}`;
            return (
              <fieldset class="item" key={i}>
                <legend>
                  {title}
                  <span class="item-summary">: {q.describe(item, env.ctx.scope(itemPath))}</span>
                </legend>
                {singleText ? (
                  <QuestionField q={q.item[0] as SingleQuestion} {...fieldProps(env, q.item[0]!, itemPath)} />
                ) : (
                  q.item.filter((field) => visible(field, itemPath, env.ctx)).map((field) => <QuestionField key={field.key} q={field as SingleQuestion} {...fieldProps(env, field, itemPath)} />)
                )}
                <button type="button" class="secondary" onClick={() => remove(i)}>
                  Remove {q.noun} {i + 1}
                </button>
              </fieldset>
            );
          })
        : null}
      {showItems ? (
        <p class="list-actions">
          {prefill.length ? (
            <button type="button" onClick={fill}>
              Fill in {prefill.length} {q.label.toLowerCase()} that meet the rule
            </button>
          ) : null}
          {canAdd ? (
            <button type="button" onClick={add}>
              Add {article(q.noun)}
            </button>
          ) : null}
        </p>
      ) : null}
      <Messages id={`${id}-messages`} messages={messages} />
    </fieldset>
  );
}

function capital(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
