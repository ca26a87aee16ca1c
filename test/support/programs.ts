// The shipped example programs, and a way to change one answer for a test case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProgram } from '../../src/model/load.js';
import type { Program } from '../../src/model/program.js';
import { repoRoot } from './cli.js';

export const EXAMPLES = {
  compliant: join(repoRoot, 'examples', 'dfi', 'sescdp.yaml'),
  legacy: join(repoRoot, 'examples', 'legacy', 'sescdp.yaml'),
} as const;

export function example(name: keyof typeof EXAMPLES): Program {
  return parseProgram(EXAMPLES[name], readFileSync(EXAMPLES[name], 'utf8')).program;
}

/** A copy of the program with the value at a dotted path replaced (undefined removes it). */
export function withValue(program: Program, path: string, value: unknown): Program {
  const copy = structuredClone(program) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as Program;
}

/** Applies several changes in order. */
export function withValues(program: Program, changes: Record<string, unknown>): Program {
  return Object.entries(changes).reduce((p, [path, value]) => withValue(p, path, value), program);
}
