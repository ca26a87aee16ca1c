// One way to read any of our YAML files (program, cohort, participant): strict UTF-8 text, YAML with
// source positions, top-level "x-" keys ignored, then the zod schema, with every problem located.
import type { z } from 'zod';
import { InputError } from './input-error.js';
import { describeIssues } from './schema-errors.js';
import { readTextFile } from './text-file.js';
import { YamlSource } from './yaml-source.js';

/** Drops top-level "x-" keys (anchors' holders) before a file is checked against its schema. */
function withoutExtensionKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('x-')));
}

export interface LoadedYaml<T> {
  file: string;
  data: T;
  source: YamlSource;
  text: string;
}

export interface YamlKind<S extends z.ZodType> {
  schema: S;
  /** "program file", "cohort file"... */
  what: string;
  /** What the top level should hold, for a file that is not a mapping. */
  expected: string;
}

export function readYamlFile<S extends z.ZodType>(file: string, kind: YamlKind<S>): LoadedYaml<z.infer<S>> {
  return parseYamlText(file, readTextFile(file, kind.what), kind);
}

export function parseYamlText<S extends z.ZodType>(file: string, text: string, kind: YamlKind<S>): LoadedYaml<z.infer<S>> {
  const source = YamlSource.parse(file, text);
  const data = source.toData();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, [{ line: 1, column: 1, message: `expected ${kind.expected}` }]);
  }
  const parsed = kind.schema.safeParse(withoutExtensionKeys(data as Record<string, unknown>), { reportInput: true });
  if (!parsed.success) throw new InputError(file, describeIssues(parsed.error.issues, kind.schema, source));
  return { file, data: parsed.data, source, text };
}
