// Small constructors that keep the catalogue readable: one line per question.
import { isAnswered } from '../../model/data-path.js';
import { upperFirst } from '../labels.js';
import type {
  CheckboxQuestion,
  ConfirmQuestion,
  DateQuestion,
  GateQuestion,
  ListQuestion,
  NumberQuestion,
  Question,
  SelectQuestion,
  TextQuestion,
} from '../question.js';

type Extra<Q> = Partial<Omit<Q, 'kind' | 'key' | 'label' | 'message'>>;

export const text = (key: string, label: string, message: string, extra: Extra<TextQuestion> = {}): TextQuestion => ({ kind: 'text', key, label, message, ...extra });

export const date = (key: string, label: string, message: string, extra: Extra<DateQuestion> = {}): DateQuestion => ({ kind: 'date', key, label, message, ...extra });

export const num = (key: string, label: string, message: string, extra: Extra<NumberQuestion> = {}): NumberQuestion => ({ kind: 'number', key, label, message, ...extra });

export const yesNo = (key: string, label: string, message: string, extra: Extra<ConfirmQuestion> = {}): ConfirmQuestion => ({ kind: 'confirm', key, label, message, ...extra });

export const gate = (key: string, label: string, message: string, extra: Extra<GateQuestion> = {}): GateQuestion => ({ kind: 'gate', key, label, message, ...extra });

export const choose = (key: string, label: string, message: string, extra: Extra<SelectQuestion> & Pick<SelectQuestion, 'choices'>): SelectQuestion => ({
  kind: 'select',
  key,
  label,
  message,
  ...extra,
});

export const ticks = (key: string, label: string, message: string, extra: Extra<CheckboxQuestion> & Pick<CheckboxQuestion, 'choices'>): CheckboxQuestion => ({
  kind: 'checkbox',
  key,
  label,
  message,
  ...extra,
});

export const list = (
  key: string,
  label: string,
  extra: Extra<ListQuestion> & Pick<ListQuestion, 'noun' | 'item' | 'describe'>,
): ListQuestion => ({ kind: 'list', key, label, message: label, ...extra });

/** A person's name, title, e-mail and phone under `prefix` ("erb.chair"). */
export function person(prefix: string, whose: string, examples: { name: string; title: string; email?: string }, extra: { when?: Question['when'] } = {}): Question[] {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  // Title, e-mail and phone follow the name: skipping the name skips them.
  const named: Question['when'] = (s) => (extra.when?.(s) ?? true) && isAnswered(s.get(at('name')));
  return [
    text(at('name'), `${upperFirst(whose)} name`, `${upperFirst(whose)} name`, { example: examples.name, ...extra }),
    text(at('title'), `${upperFirst(whose)} title`, `${upperFirst(whose)} title`, { example: examples.title, when: named }),
    text(at('email'), `${upperFirst(whose)} e-mail`, `${upperFirst(whose)} e-mail`, { example: examples.email, when: named }),
    text(at('phone'), `${upperFirst(whose)} phone`, `${upperFirst(whose)} phone`, { example: '202-555-0100', when: named }),
  ];
}

/** "Name (ACR)" for an organization-like item. */
export function named(item: unknown): string {
  const o = (item ?? {}) as { name?: string; acronym?: string };
  return `${o.name ?? '(no name)'}${o.acronym ? ` (${o.acronym})` : ''}`;
}
