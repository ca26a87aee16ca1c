// Formal training: hours, format, the required topics with their hours, agency topics and providers.
import type { Segment } from '../../model/data-path.js';
import { choicesFor, labelledList } from '../labels.js';
import { getIn } from '../paths.js';
import type { Scope, Section } from '../question.js';
import { optionalNumber } from '../rule-text.js';
import { enumOptions } from '../schema-enums.js';
import { choose, list, num, text, yesNo } from './build.js';

interface Topic {
  topic?: string;
  name?: string;
  hours?: number;
}

const HOURS_SUM = ['training-topic-hours-sum'];
const TOTAL = ['training.totalHours'];

export const training: Section = {
  id: 'training',
  title: 'Formal training',
  questions: [
    num('training.totalHours', 'Total hours', 'Hours of formal training per participant', { unit: 'hours' }),
    choose('training.format', 'Format', 'What kind of training experience is it?', {
      choices: (s) => choicesFor(s.ruleset, 'trainingFormats', enumOptions('training.format')),
    }),
    yesNo('training.seniorInteraction', 'Includes senior employees from outside the agency', 'Does it include interaction with senior employees from outside the agency?'),
    text('training.seniorInteractionDescription', 'How', 'How do participants meet them?', {
      when: (s) => s.get('training.seniorInteraction') === true,
      example: 'Seminars shared with senior employees of other agencies',
    }),
    yesNo('training.addressesEcqs', 'Addresses the ECQs', 'Does the training address the Executive Core Qualifications?'),
    list('training.requiredTopics', 'Hours per required topic', {
      noun: 'required topic',
      compact: true,
      when: (s) => labelledList(s.ruleset, 'requiredTopics') !== undefined,
      also: TOTAL,
      helpRules: HOURS_SUM,
      prefill: evenSplit,
      canAdd: (s) => requiredTopics(s).length > listed(s, s.base.concat('training', 'requiredTopics')).length,
      item: [
        {
          kind: 'select',
          key: 'topic',
          label: 'Topic',
          message: 'Which required topic?',
          choices: (s) => {
            const taken = new Set(listed(s, s.base.slice(0, -1)).filter((_, i) => i !== s.base.at(-1)).map((t) => t.topic));
            return requiredTopics(s).filter((t) => !taken.has(t.id)).map((t) => ({ value: t.id, name: t.label }));
          },
        },
        { kind: 'number', key: 'hours', label: 'Hours', message: 'Hours given to it', unit: 'hours', also: TOTAL, default: hoursLeft },
      ],
      describe: (item, s) => hoursLine(requiredTopics(s).find((t) => t.id === (item as Topic).topic)?.label ?? (item as Topic).topic, item as Topic),
    }),
    list('training.agencyTopics', 'Agency-specific topics', {
      noun: 'agency topic',
      compact: true,
      gate: 'Add agency-specific training topics (beyond any the rule requires)?',
      also: TOTAL,
      helpRules: HOURS_SUM,
      item: [
        { kind: 'text', key: 'name', label: 'Topic', message: 'Topic', required: true, example: 'Infrastructure project delivery' },
        { kind: 'number', key: 'hours', label: 'Hours', message: 'Hours given to it', unit: 'hours', also: TOTAL },
      ],
      describe: (item) => hoursLine((item as Topic).name, item as Topic),
    }),
    list('training.providers', 'Training providers', {
      noun: 'training provider',
      item: [text('', 'Provider', 'Training provider', { example: 'OPM Federal Executive Institute' })],
      describe: (item) => String(item),
    }),
  ],
};

function requiredTopics(s: Scope) {
  return labelledList(s.ruleset, 'requiredTopics') ?? [];
}

function listed(s: Scope, path: Segment[]): Topic[] {
  return (getIn(s.program, path) as Topic[] | undefined) ?? [];
}

function hoursLine(name: string | undefined, t: Topic): string {
  return `${name ?? '(unnamed)'}: ${t.hours ?? '?'} hours`;
}

function totalHours(s: Scope): number {
  const total = s.program.training?.totalHours;
  return typeof total === 'number' ? total : (optionalNumber(s.ruleset, 'trainingMinHours') ?? 0);
}

/** Every required topic, with the hours left after agency topics shared out evenly (at least 1 each). */
function evenSplit(s: Scope): Topic[] {
  const topics = requiredTopics(s);
  const agencyHours = (s.program.training?.agencyTopics ?? []).reduce((sum, t) => sum + (t.hours ?? 0), 0);
  const left = Math.max(0, Math.floor(totalHours(s) - agencyHours));
  const each = Math.floor(left / topics.length);
  return topics.map((t, i) => ({ topic: t.id, hours: Math.max(1, each + (i < left - each * topics.length ? 1 : 0)) }));
}

/** For a topic added by hand: the hours not yet given to any topic, when there are some. */
function hoursLeft(s: Scope): number | undefined {
  const given = [...(s.program.training?.requiredTopics ?? []), ...(s.program.training?.agencyTopics ?? [])].reduce((sum, t) => sum + (t.hours ?? 0), 0);
  const left = totalHours(s) - given;
  return left > 0 ? left : undefined;
}
