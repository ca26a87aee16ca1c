// Turns zod's issues into messages an executive-resources specialist can act on:
// the data path, what was expected, what the file holds, and a did-you-mean for typos.
import { z } from 'zod';
import type { InputProblem } from './input-error.js';
import { formatPath } from './data-path.js';
import { didYouMean } from './did-you-mean.js';
import type { YamlSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue & { input?: unknown };

const HINTED_KEYS = 100;

export function describeIssues(issues: readonly Issue[], schema: z.ZodType, source: YamlSource): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectShapeAt(schema, path) ?? {});
      for (const [i, key] of issue.keys.entries()) {
        // Only the first problems are shown (InputError.format): a file of 100,000 stray keys needs no hint for each.
        const hint = i < HINTED_KEYS ? didYouMean(key, known) : undefined;
        problems.push({
          ...source.locate([...path, key], 'key'),
          message: `unknown key "${key}"${path.length ? ` in ${dotted(path)}` : ''}${hint ? ` — did you mean "${hint}"?` : ''}`,
        });
      }
      continue;
    }
    problems.push({ ...source.locate(path), message: `${dotted(path)}: ${explain(issue)}` });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function explain(issue: Issue): string {
  const got = `; the file has ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const custom = !issue.message.startsWith('Invalid input');
      const expected = issue.expected === 'object' ? 'a section of keys and values' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
      return `${custom ? issue.message : `expected ${expected}`}${got}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, options) : undefined;
      return `expected one of ${options.join(', ')}${got}${hint ? ` — did you mean "${hint}"?` : ''}`;
    }
    case 'invalid_format':
      if (issue.format === 'date' && typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)) {
        return `"${issue.input}" is not a real calendar date`;
      }
      return `expected a date written YYYY-MM-DD${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'no value';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'a section of keys and values';
}

function dotted(path: readonly (string | number)[]): string {
  return formatPath(path) || '(top level)';
}

/** The object schema's shape at a data path, looking through optional wrappers and lists. */
function objectShapeAt(schema: z.ZodType, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let node: z.ZodType | undefined = schema;
  for (const seg of [...path, null]) {
    while (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap() as z.ZodType;
    if (seg === null) break;
    if (node instanceof z.ZodArray && typeof seg === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodObject && typeof seg === 'string') node = node.shape[seg] as z.ZodType | undefined;
    else return undefined;
  }
  return node instanceof z.ZodObject ? node.shape : undefined;
}
