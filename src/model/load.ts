// Reads a program file from disk into a typed Program plus its YAML source map.
import { InputError } from './input-error.js';
import { withoutExtensionKeys } from './json-schema.js';
import { programSchema, type Program } from './program.js';
import { describeIssues } from './schema-errors.js';
import { readTextFile } from './text-file.js';
import { YamlSource } from './yaml-source.js';

export interface LoadedProgram {
  file: string;
  program: Program;
  source: YamlSource;
  text: string;
}

export function loadProgram(file: string): LoadedProgram {
  const text = readTextFile(file, 'program file');
  return parseProgram(file, text);
}

export function parseProgram(file: string, text: string): LoadedProgram {
  const source = YamlSource.parse(file, text);
  const data = source.toData();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, [
      { line: 1, column: 1, message: 'expected a program: sections such as "agency:" and "training:" at the top level' },
    ]);
  }
  const parsed = programSchema.safeParse(withoutExtensionKeys(data as Record<string, unknown>), { reportInput: true });
  if (!parsed.success) throw new InputError(file, describeIssues(parsed.error.issues, programSchema, source));
  return { file, program: parsed.data, source, text };
}
