// The data every document template sees: the program's answers as written, plus the facts the
// documents derive from them (labels, totals, due dates) and the rule set's numbers with citations.
// Answers the program lacks stay undefined; templates print them with {{answer}} as placeholders.
import { addYears, type IsoDate } from '../model/dates.js';
import { deriveFacts } from '../model/facts.js';
import type { Program } from '../model/program.js';
import { withUnit } from '../rules/checks.js';
import { type Labelled, type Ruleset } from '../rules/ruleset.js';
import { ecqSet, type EcqSet } from '../rules/ecqs.js';

export interface ParameterView {
  value: unknown;
  /** The value with its unit, as a sentence reads it: "100 hours". */
  text: string;
  citation: string;
  labels: string[];
}

const SUBMISSION_LABELS: Record<string, string> = {
  initial: 'initial approval',
  reapproval: 'triennial re-approval',
  change: 'approval of a substantial change',
};

const FORMAT_LABELS: Record<string, string> = {
  interagency: 'interagency',
  'multi-sector': 'multi-sector',
  'interagency-and-multi-sector': 'interagency and multi-sector',
  'agency-only': 'agency-only',
};

const COACH_SOURCE_LABELS: Record<string, string> = {
  internal: 'certified Federal internal coaches',
  external: 'certified external coaches',
  'internal-or-external': 'certified Federal internal coaches or certified external coaches',
};

function labelOf(list: Labelled[] | undefined, id: string | undefined): string | undefined {
  if (!id) return undefined;
  return list?.find((l) => l.id === id)?.label ?? id;
}

function listParam(ruleset: Ruleset, name: string): Labelled[] | undefined {
  const v = ruleset.parameters[name]?.value;
  return Array.isArray(v) ? v : undefined;
}

export function parameterViews(ruleset: Ruleset): Record<string, ParameterView> {
  return Object.fromEntries(
    Object.entries(ruleset.parameters).map(([name, p]) => {
      const v = p.value;
      const labels = Array.isArray(v) ? v.map((x) => x.label) : typeof v === 'object' ? [v.label] : [];
      const text = typeof v === 'number' ? withUnit(v, p.unit) : typeof v === 'string' ? v : labels.join(', ');
      return [name, { value: v, text, citation: p.citation, labels }];
    }),
  );
}

export function programView(program: Program, ruleset: Ruleset, asOf: IsoDate) {
  const facts = deriveFacts(program);
  const requiredTopics = listParam(ruleset, 'requiredTopics') ?? [];
  const planned = program.training?.requiredTopics ?? [];
  const ecqs: EcqSet | undefined = ecqSet(program.edp?.ecqSet);
  const years = ruleset.parameters.reapprovalYears?.value;
  const subcomponents = program.scope?.subcomponents ?? [];
  const erbDuties = listParam(ruleset, 'erbDuties');
  return {
    asOf,
    generated: asOf,
    ruleset: { id: ruleset.id, title: ruleset.title, shortTitle: ruleset.shortTitle, source: ruleset.source, proposed: ruleset.status === 'proposed' },
    p: parameterViews(ruleset),
    program,
    agency: {
      ...program.agency,
      isGroup: (program.agency?.partners?.length ?? 0) > 0,
      short: program.agency?.acronym ?? program.agency?.name,
    },
    subcomponents,
    hasSubcomponents: subcomponents.length > 0,
    subcomponentNames: subcomponents.map((s) => (s.acronym ? `${s.name} (${s.acronym})` : s.name)).filter(Boolean),
    submissionLabel: program.approval?.submissionType ? SUBMISSION_LABELS[program.approval.submissionType] : undefined,
    reapprovalDue: program.approval?.lastApprovalDate && typeof years === 'number' ? addYears(program.approval.lastApprovalDate, years) : undefined,
    erbOversees: (program.erb?.oversees ?? []).map((id) => labelOf(erbDuties, id)),
    poolLabel: labelOf(listParam(ruleset, 'recruitmentPools'), program.recruitment?.pool),
    edpElements: (program.edp?.addresses ?? []).map((id) => labelOf(listParam(ruleset, 'edpElements'), id)),
    ecqs,
    contacts: program.contacts ?? [],
    training: {
      ...program.training,
      agencyTopics: program.training?.agencyTopics ?? [],
      providers: program.training?.providers ?? [],
      formatLabel: program.training?.format ? FORMAT_LABELS[program.training.format] : undefined,
      topics: requiredTopics.map((t) => {
        const hours = planned.find((x) => x.topic === t.id)?.hours;
        return { id: t.id, label: t.label, hours, covered: typeof hours === 'number' && hours > 0 };
      }),
      topicHours: facts.derived.topicHours,
    },
    mentorLabel: labelOf(listParam(ruleset, 'mentorQualifications'), program.mentoring?.qualification),
    coachSourceLabel: program.coaching?.source ? COACH_SOURCE_LABELS[program.coaching.source] : undefined,
    placement: {
      rate: facts.derived.placementRate,
      certified: facts.derived.certifiedGraduates,
      placed: facts.derived.placedGraduates,
      minimum: program.evaluation?.opmMinimumPlacementRate,
    },
  };
}

export type ProgramView = ReturnType<typeof programView>;
