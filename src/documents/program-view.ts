// The data every document template sees: the program's answers as written, plus the facts the
// documents derive from them (labels, totals, due dates) and the rule set's numbers with citations.
// Answers the program lacks stay undefined; templates print them with {{answer}} as placeholders.
import { addYears, type IsoDate } from '../model/dates.js';
import { deriveFacts } from '../model/facts.js';
import type { Program } from '../model/program.js';
import { withUnit } from '../rules/checks.js';
import { interpolate, type Labelled, type Ruleset } from '../rules/ruleset.js';
import { ecqSet, type EcqSet } from '../rules/ecqs.js';

export interface ParameterView {
  value: unknown;
  /** The value with its unit, as a sentence reads it: "100 hours". */
  text: string;
  citation: string;
  labels: string[];
}

/** How a submission is named: re-approval is "triennial" only where the rule set's period is three years. */
function submissionLabel(type: string | undefined, reapprovalYears: unknown): string | undefined {
  if (type === 'initial') return 'initial approval';
  if (type === 'reapproval') return reapprovalYears === 3 ? 'triennial re-approval' : 're-approval';
  if (type === 'change') return 'approval of a substantial change';
  return undefined;
}

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

export interface RuleView {
  citation: string;
  requirement: string;
}

/**
 * The rule set's rules by camel-cased id (`coach-certified` → `coachCertified`), so that a template states a
 * requirement, with its citation, only under a rule set that has it: `{{#if rules.coachCertified}}`.
 */
export function ruleViews(ruleset: Ruleset): Record<string, RuleView> {
  const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(ruleset.rules.map((r) => [camel(r.id), { citation: r.citation, requirement: interpolate(r.requirement, ruleset) }]));
}

/** The assessments a program records, for a rule set that requires none in particular. */
function assessmentRows(program: Program) {
  const rows = [
    { when: 'At application', path: 'assessments.application.instrument', ...program.assessments?.application },
    { when: 'During the cohort', path: 'assessments.inProgram.instrument', ...program.assessments?.inProgram },
  ];
  return rows.filter((r) => r.instrument);
}

/** "2 assignments of at least 60 days each, 120 days in all", from what the program states. */
function assignmentPlan(program: Program, totalDays: number | undefined): string | undefined {
  const a = program.assignment;
  if (!a || totalDays === undefined) return undefined;
  const count = a.count ?? 1;
  if (count === 1) return `one assignment of at least ${withUnit(totalDays, 'days')}`;
  const each = a.minContinuousDays !== undefined ? ` of at least ${withUnit(a.minContinuousDays, 'days')} each` : '';
  return `${count} assignments${each}, ${withUnit(totalDays, 'days')} in all`;
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
    rules: ruleViews(ruleset),
    program,
    agency: {
      ...program.agency,
      isGroup: (program.agency?.partners?.length ?? 0) > 0,
      short: program.agency?.acronym ?? program.agency?.name,
    },
    subcomponents,
    hasSubcomponents: subcomponents.length > 0,
    subcomponentNames: subcomponents.map((s) => (s.acronym ? `${s.name} (${s.acronym})` : s.name)).filter(Boolean),
    submissionLabel: submissionLabel(program.approval?.submissionType, years),
    reapprovalDue: program.approval?.lastApprovalDate && typeof years === 'number' ? addYears(program.approval.lastApprovalDate, years) : undefined,
    /** When the policy is next reviewed: when its re-approval falls due (else that period after it takes effect). */
    reviewDue:
      program.approval?.lastApprovalDate && typeof years === 'number'
        ? addYears(program.approval.lastApprovalDate, years)
        : program.directive?.effectiveDate && typeof years === 'number'
          ? addYears(program.directive.effectiveDate, years)
          : undefined,
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
      /** The table of hours by topic: always under a rule with required topics, else only when the agency names topics. */
      showTopicTable: requiredTopics.length > 0 || (program.training?.agencyTopics?.length ?? 0) > 0,
      topics: requiredTopics.map((t) => {
        const hours = planned.find((x) => x.topic === t.id)?.hours;
        return { id: t.id, label: t.label, hours, hoursLabel: `hours of ${t.label}`, hoursPath: `training.requiredTopics (an entry with topic: ${t.id})`, covered: typeof hours === 'number' && hours > 0 };
      }),
      topicHours: facts.derived.topicHours,
      /** Hours of the total not given to any topic: a row of the topic table, so that its total is the total stated. */
      unassignedHours: Math.max(0, (program.training?.totalHours ?? 0) - facts.derived.topicHours),
      tableTotal: Math.max(program.training?.totalHours ?? 0, facts.derived.topicHours),
    },
    hasCoaching: Boolean(ruleset.parameters.coachingMinHours || program.coaching),
    assessmentRows: assessmentRows(program),
    assignmentPlan: assignmentPlan(program, facts.derived.assignmentTotalDays),
    consultation: program.approval?.submissionType === 'change' ? (program.approval.opmConsultation ?? {}) : program.approval?.opmConsultation,
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
