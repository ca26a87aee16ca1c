// The wizard's question catalogue as the page uses it: which questions show, what each one's answer is judged to be
// (the wizard's own checking.ts), what it suggests (defaults.ts), and where a finding's field is. Nothing here decides
// what a rule requires; it only asks the shared code.
import { formatPath, type Segment } from '../model/data-path.js';
import type { Finding } from '../rules/validate.js';
import type { AnswerContext } from '../wizard/answer-context.js';
import { applies } from '../wizard/applies.js';
import { judge, need, type Verdict } from '../wizard/checking.js';
import { defaultConfirm, defaultNumber, defaultSelect, defaultTicks } from '../wizard/defaults.js';
import { getIn, keyPath, patternOf } from '../wizard/paths.js';
import type { ListQuestion, Question, Section } from '../wizard/question.js';
import { helpLines } from '../wizard/rule-text.js';
import { SECTIONS } from '../wizard/sections/index.js';

export type SingleQuestion = Exclude<Question, { kind: 'list' }>;

/** The element id of a question's control (or a list's group), from its concrete data path. */
export function fieldId(path: readonly Segment[]): string {
  return `f-${formatPath(path).replace(/[^A-Za-z0-9]+/g, '-') || 'root'}`;
}

export function valueAt(ctx: AnswerContext, base: readonly Segment[], q: Question): unknown {
  return getIn(ctx.program, keyPath(base, q.key));
}

export function visible(q: Question, base: readonly Segment[], ctx: AnswerContext): boolean {
  return applies(q, base, ctx);
}

/** The wizard's verdict on the answer as it stands. */
export function verdictOf(q: Question, base: readonly Segment[], ctx: AnswerContext): Verdict {
  const value = valueAt(ctx, base, q);
  // A gate's "yes" only opens the questions under it; the wizard judges only its "no".
  if (q.kind === 'gate' && value !== undefined) return { reasons: [], errors: [], warnings: [], kept: [], notes: [] };
  return judge(q, base, value, ctx);
}

/** "Required: formal training of at least 100 hours — 5 CFR 412.302(c)(2), proposed", one per rule on the question. */
export function questionHelp(q: Question, base: readonly Segment[], ctx: AnswerContext, applying: Set<string>): string[] {
  return helpLines(ctx.ruleset, patternOf(keyPath(base, q.key)), q.helpRules, (r) => applying.has(r.id));
}

export function needOf(q: Question, base: readonly Segment[], ctx: AnswerContext): 'required' | 'recommended' | 'optional' {
  return need(q, base, ctx);
}

/** The value the wizard would offer for an unanswered question (what Enter takes), when it offers one. */
export function suggestion(q: Question, base: readonly Segment[], ctx: AnswerContext): unknown {
  switch (q.kind) {
    case 'number':
      return defaultNumber(q, base, ctx);
    case 'confirm':
      return defaultConfirm(q, base, ctx);
    case 'select':
      return defaultSelect(q, base, ctx);
    case 'checkbox':
      return defaultTicks(q, base, ctx);
    case 'gate':
      return (q.default?.(ctx.scope(base)) ?? true) ? {} : undefined;
    case 'list':
      return undefined;
    default:
      return undefined;
  }
}

/** The example a free-text question shows instead of a default. */
export function exampleOf(q: Question, base: readonly Segment[], ctx: AnswerContext): string | undefined {
  return typeof q.example === 'function' ? q.example(ctx.scope(base)) : q.example;
}

/**
 * Answers to questions that no longer apply (the wizard removes them when a section is revisited; the page as soon as
 * the answer that decides it changes). Returns the paths and values removed, list items' fields included.
 */
export function staleAnswers(ctx: AnswerContext): { path: Segment[]; label: string; value: unknown }[] {
  const out: { path: Segment[]; label: string; value: unknown }[] = [];
  const visit = (questions: readonly Question[], base: Segment[]) => {
    for (const q of questions) {
      const path = keyPath(base, q.key);
      const value = getIn(ctx.program, path);
      if (value === undefined) continue;
      if (!applies(q, base, ctx)) out.push({ path, label: q.label, value });
      else if (q.kind === 'list' && Array.isArray(value)) value.forEach((_, i) => visit(q.item, [...path, i]));
    }
  };
  for (const s of SECTIONS) visit(s.questions, []);
  return out;
}

/** Answers set aside by staleAnswers whose questions apply again and are still unanswered. */
export function restorable(ctx: AnswerContext, stash: ReadonlyMap<string, unknown>): { path: Segment[]; value: unknown }[] {
  if (!stash.size) return [];
  const out: { path: Segment[]; value: unknown }[] = [];
  const visit = (questions: readonly Question[], base: Segment[]) => {
    for (const q of questions) {
      const path = keyPath(base, q.key);
      const value = getIn(ctx.program, path);
      if (!applies(q, base, ctx)) continue;
      if (value === undefined && stash.has(formatPath(path))) out.push({ path, value: stash.get(formatPath(path)) });
      else if (q.kind === 'list' && Array.isArray(value)) value.forEach((_, i) => visit(q.item, [...path, i]));
    }
  };
  for (const s of SECTIONS) visit(s.questions, []);
  return out;
}

export interface FieldTarget {
  section: Section;
  /** The concrete path of the question (or list item field) the finding concerns, when one does. */
  path?: Segment[];
  label: string;
}

/** The question a finding's path belongs to: the one whose key is the longest prefix of it, list items included. */
export function targetOf(finding: Pick<Finding, 'path'>): FieldTarget | undefined {
  const segments = concretePath(finding.path);
  let best: (FieldTarget & { depth: number }) | undefined;
  for (const section of SECTIONS) {
    for (const q of section.questions) {
      const key = keyPath([], q.key);
      if (!startsWith(segments, key) || (best && best.depth >= key.length)) continue;
      best = { section, path: key, label: q.label, depth: key.length };
      if (q.kind === 'list') {
        const index = segments[key.length];
        if (typeof index === 'number') {
          const item = [...key, index];
          const field = itemField(q, segments, item);
          best = { section, path: field?.path ?? item, label: `${q.label}, item ${index + 1}${field ? `: ${field.label}` : ''}`, depth: key.length };
        }
      }
    }
  }
  if (best) return { section: best.section, path: best.path, label: best.label };
  const root = segments[0];
  const section = SECTIONS.find((s) => s.questions.some((q) => q.key.split('.')[0] === root));
  return section ? { section, label: section.title } : undefined;
}

function itemField(q: ListQuestion, segments: Segment[], item: Segment[]): { path: Segment[]; label: string } | undefined {
  let found: { path: Segment[]; label: string } | undefined;
  for (const field of q.item) {
    const path = keyPath(item, field.key);
    if (field.key && startsWith(segments, path) && (!found || path.length > found.path.length)) found = { path, label: field.label };
  }
  return found;
}

function startsWith(path: readonly Segment[], prefix: readonly Segment[]): boolean {
  return prefix.length > 0 && prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/** A concrete path as formatPath writes it ("training.requiredTopics[2].hours") back into segments. */
export function concretePath(path: string): Segment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Whether a finding concerns a question of this section. */
export function inSection(finding: Pick<Finding, 'path'>, section: Section): boolean {
  return targetOf(finding)?.section === section;
}

/** Findings in the order of the catalogue (section, then question, then item); the rule set's order within a question. */
export function sortBySection<F extends Pick<Finding, 'path'>>(findings: readonly F[]): F[] {
  const rank = (f: F): number[] => {
    const target = targetOf(f);
    if (!target) return [SECTIONS.length];
    const s = SECTIONS.indexOf(target.section);
    const path = target.path ?? [];
    const q = target.section.questions.findIndex((x) => path.length && formatPath(keyPath([], x.key)) === formatPath(path.slice(0, keyPath([], x.key).length)));
    const item = path.find((seg) => typeof seg === 'number');
    return [s, q < 0 ? 0 : q, typeof item === 'number' ? item : -1];
  };
  const keyed = findings.map((f, i) => ({ f, i, r: rank(f) }));
  keyed.sort((a, b) => a.r[0]! - b.r[0]! || (a.r[1] ?? 0) - (b.r[1] ?? 0) || (a.r[2] ?? 0) - (b.r[2] ?? 0) || a.i - b.i);
  return keyed.map((k) => k.f);
}
