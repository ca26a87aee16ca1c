// The JSON Schemas as editors use them (yaml-language-server reads draft-07): the shape from the zod schemas, and
// for the program file, on every property the wizard asks about, the question, the rule text the wizard shows with
// its citation, the wizard's example and its compliant default, and the meaning of each choice.
import { z } from 'zod';
import { SCHEMAS, type SchemaName } from '../model/json-schema.js';
import type { Program } from '../model/program.js';
import { availableRulesets, DEFAULT_RULESET, loadRuleset, type Labelled } from '../rules/ruleset.js';
import { AnswerContext } from './answer-context.js';
import { defaultConfirm, defaultNumber, defaultSelect } from './defaults.js';
import { labelledList } from './labels.js';
import type { Question } from './question.js';
import { helpLines } from './rule-text.js';
import { SECTIONS } from './sections/index.js';

interface JsonNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  enumDescriptions?: string[];
  [key: string]: unknown;
}

export function editorSchemaText(name: SchemaName): string {
  return `${JSON.stringify(editorSchema(name), null, 2)}\n`;
}

export function editorSchema(name: SchemaName): JsonNode {
  const { schema, file, title } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonNode;
  if (name === 'program') describeProgram(generated);
  return { ...generated, $id: `https://sescdp.example/schemas/${file}`, title, patternProperties: { '^x-': {} } };
}

/** Every property the schema has, as `training.requiredTopics[].topic`, with its node. */
export function properties(node: JsonNode, prefix = ''): [string, JsonNode][] {
  const out: [string, JsonNode][] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push([path, child], ...properties(child, path));
    if (child.items) out.push(...properties(child.items, `${path}[]`));
  }
  return out;
}

function describeProgram(root: JsonNode): void {
  const questions = catalogue();
  const rulesets = [DEFAULT_RULESET, ...availableRulesets().filter((id) => id !== DEFAULT_RULESET)].map((id) => loadRuleset(id));
  const ruleset = rulesets[0]!;
  const blank = new AnswerContext({ program: {} as Program }, ruleset, '2026-01-01');
  for (const [path, node] of properties(root)) {
    // Editors flag a mistyped address as you type; validate reports it too (rule email-format).
    if (/(^|\.)email$/.test(path) && node.type === 'string') node.format = 'email';
    const q = questions.get(path);
    const rules = [...new Set(rulesets.flatMap((rs) => helpLines(rs, path)))];
    const lead = node.description ?? (q ? q.message : undefined);
    if (lead || rules.length) node.description = [lead, ...rules].filter(Boolean).join('\n');
    if (!q) continue;
    const example = typeof q.example === 'string' ? q.example : undefined;
    if (example) node.examples = [example];
    const compliant = defaultFor(q, blank);
    if (compliant !== undefined && node.default === undefined) node.default = compliant;
    if (q.kind === 'select' && node.enum) {
      const choices = q.choices(blank.scope([]));
      node.enumDescriptions = node.enum.map((v) => {
        const c = choices.find((x) => x.value === v);
        return c ? [c.name, c.description].filter(Boolean).join(' — ') : String(v);
      });
    }
  }
  // A required topic is one of the rule sets' topics: editors offer them.
  const topic = root.properties?.training?.properties?.requiredTopics?.items?.properties?.topic;
  if (topic) {
    const topics = new Map<string, Labelled>();
    for (const rs of rulesets) for (const t of labelledList(rs, 'requiredTopics') ?? []) if (!topics.has(t.id)) topics.set(t.id, t);
    topic.enum = [...topics.keys()];
    topic.enumDescriptions = [...topics.values()].map((t) => t.label);
  }
}

/** The wizard's compliant default for a question on an empty program under the proposed rule, when it has one. */
function defaultFor(q: Question, context: AnswerContext): unknown {
  try {
    if (q.kind === 'number') return defaultNumber(q, [], context);
    if (q.kind === 'confirm') return defaultConfirm(q, [], context);
    if (q.kind === 'select') return defaultSelect(q, [], context) || undefined;
  } catch {
    return undefined; // a default that depends on answers a blank program does not have
  }
  return undefined;
}

/** Every question by the data path of its answer (list items as `[]`). */
function catalogue(): Map<string, Question> {
  const out = new Map<string, Question>();
  const add = (q: Question, prefix: string) => {
    const path = [prefix, q.key].filter(Boolean).join(prefix && q.key ? '.' : '');
    out.set(path, q);
    if (q.kind === 'list') for (const item of q.item) add(item, `${path}[]`);
  };
  for (const section of SECTIONS) for (const q of section.questions) add(q, '');
  return out;
}
