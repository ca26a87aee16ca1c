// Rule sets are data (schemas/rulesets/<id>.yaml). This file defines their shape and loads them;
// the checks themselves are generic (checks.ts). A new rule set is a new data file.
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../model/input-error.js';
import { readTextFile } from '../model/text-file.js';
import { YamlSource } from '../model/yaml-source.js';
import { describeIssues } from '../model/schema-errors.js';
import { rulesetCacheDir, rulesetDir } from '../paths.js';
import { listDirectory, readText } from '../platform/files.js';
import { sha256 } from '../platform/sha256.js';

export const DEFAULT_RULESET = 'nprm-2025';

const labelled = z.strictObject({ id: z.string(), label: z.string() });
export type Labelled = z.infer<typeof labelled>;

const parameterSchema = z.strictObject({
  value: z.union([z.number(), z.string(), labelled, z.array(labelled)]),
  unit: z.string().optional(),
  citation: z.string(),
  note: z.string().optional(),
});
export type Parameter = z.infer<typeof parameterSchema>;

const param = z.string().describe('name of a parameter of this rule set');

const check = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('answered') }),
  z.strictObject({ kind: z.literal('is-true') }),
  z.strictObject({ kind: z.literal('notice') }),
  z.strictObject({ kind: z.literal('at-least'), value: param }),
  z.strictObject({ kind: z.literal('at-most'), value: param }),
  z.strictObject({ kind: z.literal('equals'), value: param }),
  z.strictObject({ kind: z.literal('one-of'), values: param }),
  z.strictObject({ kind: z.literal('includes-all'), values: param, key: z.string().optional(), measure: z.string().optional() }),
  z.strictObject({ kind: z.literal('known-ids'), values: param, key: z.string() }),
  z.strictObject({ kind: z.literal('sum-at-most'), of: z.array(z.string()).min(1) }),
  z.strictObject({
    kind: z.literal('answered-all'),
    answers: z.array(z.strictObject({ path: z.string(), label: z.string() })).min(1),
  }),
  z.strictObject({ kind: z.literal('approval-current'), years: param }),
  z.strictObject({ kind: z.literal('approval-due-soon'), years: param, noticeDays: param }),
  z.strictObject({ kind: z.literal('cohorts-within-approval'), years: param }),
  z.strictObject({ kind: z.literal('cohort-length'), min: param, max: param.optional() }),
  z.strictObject({ kind: z.literal('placement-rate') }),
  z.strictObject({ kind: z.literal('well-formed'), format: z.enum(['email', 'phone']), paths: z.array(z.string()).min(1) }),
  z.strictObject({ kind: z.literal('unique'), key: z.string().optional() }),
]);
export type CheckSpec = z.infer<typeof check>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a rule rests on: a requirement of the rule text (`rule`), a statement of OPM's preamble that is
 * not rule text (`preamble`), or sescdp's own consistency check (`tool`). Only `rule` rules are the
 * rule's requirements: the compliance crosswalk lists no other kind as met.
 */
export const BASES = ['rule', 'preamble', 'tool'] as const;
export type Basis = (typeof BASES)[number];

const rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are lower-case words joined by hyphens'),
  requirement: z.string(),
  severity: z.enum(SEVERITIES),
  citation: z.string(),
  basis: z.enum(BASES).default('rule'),
  note: z.string().optional().describe('how the rule reads its source, where the reading is not plain'),
  counterparts: z
    .array(z.string())
    .optional()
    .describe('ids of the rules of other rule sets that govern the same requirement under another id (`gap` pairs them)'),
  path: z.string().describe('where in the program file the finding points'),
  value: z.string().optional().describe('where the checked value is read, when not at `path` (e.g. derived.*)'),
  when: z
    .strictObject({ path: z.string(), equals: z.union([z.string(), z.number(), z.boolean()]).optional(), nonEmpty: z.boolean().optional() })
    .optional(),
  check,
  message: z.string(),
});
export type Rule = z.infer<typeof rule>;

const rulesetFile = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  status: z.enum(['proposed', 'in-force', 'final']),
  source: z.string(),
  counting: z
    .strictObject({ months: z.string(), days: z.string(), anniversaries: z.string() })
    .describe('how the rule set counts months, days and anniversaries, in words'),
  parameters: z.record(z.string(), parameterSchema),
  rules: z.array(rule).min(1),
});

export type Ruleset = z.infer<typeof rulesetFile>;

export function availableRulesets(): string[] {
  return listDirectory(rulesetDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

const cache = new Map<string, Ruleset>();

/**
 * Loads and checks a rule set by id. A rule that names an unknown parameter is a data error,
 * reported by file and line. The build keeps a checked JSON copy of each rule set beside the
 * compiled code (rulesetCache); it is used only while its hash matches the YAML, which is
 * what keeps `validate` fast on a cold start without ever serving a stale rule.
 */
export function loadRuleset(id: string = DEFAULT_RULESET): Ruleset {
  const cached = cache.get(id);
  if (cached) return cached;
  const known = availableRulesets();
  if (!known.includes(id)) {
    throw new InputError(id, [{ message: `unknown rule set; choose one of ${known.join(', ')}` }]);
  }
  const file = join(rulesetDir, `${id}.yaml`);
  const text = readTextFile(file, 'rule set');
  const ruleset = readCompiled(id, text) ?? parseRuleset(file, text);
  cache.set(id, ruleset);
  return ruleset;
}

export function parseRuleset(file: string, text: string): Ruleset {
  const source = YamlSource.parse(file, text);
  const parsed = rulesetFile.safeParse(source.toData(), { reportInput: true });
  if (!parsed.success) throw new InputError(file, describeIssues(parsed.error.issues, rulesetFile, source));
  const problems = danglingParameters(parsed.data).map((p) => ({ ...source.locate(['rules', p.index, 'check']), message: p.message }));
  if (problems.length) throw new InputError(file, problems);
  return parsed.data;
}

export interface CompiledRuleset {
  sourceHash: string;
  ruleset: Ruleset;
}

export function hashText(text: string): string {
  return sha256(text);
}

function readCompiled(id: string, text: string): Ruleset | undefined {
  try {
    const compiled = JSON.parse(readText(join(rulesetCacheDir, `${id}.json`))) as CompiledRuleset;
    return compiled.sourceHash === hashText(text) ? compiled.ruleset : undefined;
  } catch {
    return undefined;
  }
}

function danglingParameters(ruleset: Ruleset): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  ruleset.rules.forEach((r, index) => {
    for (const [field, name] of Object.entries(r.check)) {
      if (field === 'kind' || typeof name !== 'string' || ['key', 'measure', 'format'].includes(field)) continue;
      if (!(name in ruleset.parameters)) out.push({ index, message: `rule ${r.id}: parameter "${name}" is not defined` });
    }
  });
  return out;
}

/** A parameter of the rule set, e.g. `parameter(rs, 'trainingMinHours').value === 100`. */
export function parameter(ruleset: Ruleset, name: string): Parameter {
  const p = ruleset.parameters[name];
  if (!p) throw new Error(`rule set ${ruleset.id} has no parameter "${name}"`);
  return p;
}

export function numberParameter(ruleset: Ruleset, name: string): number {
  const v = parameter(ruleset, name).value;
  if (typeof v !== 'number') throw new Error(`rule set ${ruleset.id}: parameter "${name}" is not a number`);
  return v;
}

export function listParameter(ruleset: Ruleset, name: string): Labelled[] {
  const v = parameter(ruleset, name).value;
  if (!Array.isArray(v)) throw new Error(`rule set ${ruleset.id}: parameter "${name}" is not a list`);
  return v;
}

/** Fills {name} placeholders in a rule's text with the rule set's parameters (and any extra values). */
export function interpolate(text: string, ruleset: Ruleset, extra: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name in extra) return extra[name]!;
    const p = ruleset.parameters[name];
    if (p === undefined) return whole;
    return typeof p.value === 'number' || typeof p.value === 'string' ? String(p.value) : whole;
  });
}
