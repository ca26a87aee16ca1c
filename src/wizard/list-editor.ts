// Lists the user builds up (subcomponents, training topics, contacts...): a menu of the items so
// far, where each can be changed or removed, a new one added, and "Done" judges the whole list
// against the rule set (every required topic covered, at least one contact...).
import { confirm, select, Separator } from '@inquirer/prompts';
import { formatPath, type Segment } from '../model/data-path.js';
import { askAnswer, accepted, showHelp, type SingleQuestion } from './ask-answer.js';
import { judge } from './checking.js';
import { applies } from './applies.js';
import { getIn, keyPath } from './paths.js';
import type { ListQuestion } from './question.js';
import type { Session } from './session.js';
import { promptContext, say, tint } from './terminal.js';

export interface ListOptions {
  /** Revisiting an answered list (edit, review): ask its yes/no again so the list can be emptied. */
  revisit: boolean;
}

export async function editList(q: ListQuestion, base: readonly Segment[], session: Session, opts: ListOptions): Promise<void> {
  const path = keyPath(base, q.key);
  const items = () => (getIn(session.program, path) as unknown[] | undefined) ?? [];
  const ctx = promptContext(session.term);
  if (q.compact) session.file.compactLists.add(formatPath(path));
  showHelp(q, base, session);

  const started = Array.isArray(getIn(session.program, path));
  if (q.gate && (!started || !items().length || opts.revisit)) {
    if (!(await wantsItems(q, base, session, items().length))) return;
  }
  if (!items().length) {
    const prefill = q.prefill?.(session.scope(base)) ?? [];
    session.file.set(path, prefill);
    if (prefill.length) say(session.term, tint(session.term, 'dim', '  Filled in with values that meet the rule: change any of them, or choose Done.'));
    else await addItem(q, path, session);
  }

  for (;;) {
    const scope = session.scope(base);
    const list = items();
    const canAdd = q.canAdd?.(scope) ?? true;
    const choice = await select(
      {
        message: `${q.label} (${list.length}) — pick one to change or remove it, add another, or choose Done`,
        choices: [
          ...list.map((item, i) => ({ value: String(i), name: q.describe(item, scope) })),
          new Separator(),
          ...(canAdd ? [{ value: 'add', name: `Add ${article(q.noun)}` }] : []),
          { value: 'done', name: 'Done' },
        ],
        default: 'done',
        pageSize: 14,
      },
      ctx,
    );
    if (choice === 'add') await addItem(q, path, session);
    else if (choice !== 'done') await changeItem(q, [...path, Number(choice)], session);
    else if (await listAccepted(q, base, session, list)) return;
  }
}

/** The list's yes/no ("Are subcomponents authorized…?"); "no" records an empty list. */
async function wantsItems(q: ListQuestion, base: readonly Segment[], session: Session, count: number): Promise<boolean> {
  const path = keyPath(base, q.key);
  for (;;) {
    const yes = await confirm({ message: q.gate!, default: count > 0 || (q.gateDefault?.(session.scope(base)) ?? false) }, promptContext(session.term));
    if (yes) return true;
    if (count > 0 && !(await confirm({ message: `Remove the ${count} ${plural(q.noun, count)} listed?`, default: false }, promptContext(session.term)))) {
      continue;
    }
    if (await listAccepted(q, base, session, [])) {
      session.file.set(path, []);
      return false;
    }
  }
}

async function listAccepted(q: ListQuestion, base: readonly Segment[], session: Session, list: unknown[]): Promise<boolean> {
  const verdict = judge(q, base, list, session);
  if (verdict.refusal) {
    for (const line of verdict.refusal.split('\n')) say(session.term, tint(session.term, 'red', `✖ ${line}`));
    return false;
  }
  return accepted(verdict, session);
}

async function addItem(q: ListQuestion, listPath: Segment[], session: Session): Promise<void> {
  const index = ((getIn(session.program, listPath) as unknown[] | undefined) ?? []).length;
  const itemPath = [...listPath, index];
  say(session.term, tint(session.term, 'bold', `  New ${q.noun}`));
  for (const [n, field] of q.item.entries()) {
    if (!applies(field, itemPath, session)) continue;
    const outcome = await askAnswer(field as SingleQuestion, itemPath, session, { emptyCancels: n === 0 });
    if (outcome === 'cancelled') {
      say(session.term, tint(session.term, 'dim', `  No ${q.noun} added.`));
      return;
    }
  }
}

async function changeItem(q: ListQuestion, itemPath: Segment[], session: Session): Promise<void> {
  const item = getIn(session.program, itemPath);
  const action = await select(
    {
      message: q.describe(item, session.scope(itemPath)),
      choices: [
        { value: 'change', name: 'Change it' },
        { value: 'remove', name: 'Remove it' },
        { value: 'keep', name: 'Keep it as it is' },
      ],
    },
    promptContext(session.term),
  );
  if (action === 'remove') session.file.set(itemPath, undefined);
  if (action !== 'change') return;
  for (const field of q.item) {
    if (applies(field, itemPath, session)) await askAnswer(field as SingleQuestion, itemPath, session);
    else if (getIn(session.program, keyPath(itemPath, field.key)) !== undefined) session.file.set(keyPath(itemPath, field.key), undefined);
  }
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  return noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
