// Reads a program file from disk into a typed Program plus its YAML source map.
import { programSchema, type Program } from './program.js';
import { parseYamlText, readYamlFile, type YamlKind } from './yaml-file.js';
import type { YamlSource } from './yaml-source.js';

export interface LoadedProgram {
  file: string;
  program: Program;
  source: YamlSource;
  text: string;
}

const PROGRAM: YamlKind<typeof programSchema> = {
  schema: programSchema,
  what: 'program file',
  expected: 'a program: sections such as "agency:" and "training:" at the top level',
};

export function loadProgram(file: string): LoadedProgram {
  const { data, ...rest } = readYamlFile(file, PROGRAM);
  return { ...rest, program: data };
}

export function parseProgram(file: string, text: string): LoadedProgram {
  const { data, ...rest } = parseYamlText(file, text, PROGRAM);
  return { ...rest, program: data };
}
