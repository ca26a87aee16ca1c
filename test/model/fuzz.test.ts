// Hostile files, generated (issue 11): mutations of the shipped examples (random bytes, deep nesting, huge strings,
// control characters, aliases, truncation) go through the loaders and the checks in-process. Every one must end in
// findings or an InputError (exit 2), never another exception (exit 3) — a hang shows as a test over its time limit.
// A fixed seed keeps CI repeatable; SESCDP_FUZZ_CASES=20000 runs longer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCohort } from '../../src/cohort/checks.js';
import { parseCohort } from '../../src/cohort/load.js';
import { parseRoster } from '../../src/cohort/roster.js';
import { InputError } from '../../src/model/input-error.js';
import { parseProgram } from '../../src/model/load.js';
import { parseParticipant } from '../../src/model/load-participant.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { validateProgram } from '../../src/rules/validate.js';
import { repoRoot } from '../support/cli.js';

const CASES = Number(process.env.SESCDP_FUZZ_CASES ?? 300);
const dfi = (f: string) => readFileSync(join(repoRoot, 'examples', 'dfi', f), 'utf8');
const SOURCES = { program: dfi('sescdp.yaml'), participant: dfi('participant.yaml'), cohort: dfi('cohort-bhb-2027.yaml'), roster: dfi('roster-bhb-2027.csv') };
const ruleset = loadRuleset('nprm-2025');

/** mulberry32: a small seeded generator, so a failing case can be replayed by its number. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS: ((text: string, r: () => number) => string)[] = [
  (t, r) => { const a = t.split(''); for (let i = 0; i < 1 + r() * 20; i++) a[Math.floor(r() * a.length)] = String.fromCharCode(Math.floor(r() * 0x80)); return a.join(''); },
  (t, r) => t.slice(0, Math.floor(r() * t.length)),
  (t, r) => { const at = Math.floor(r() * t.length); return `${t.slice(0, at)}${'x'.repeat(Math.floor(r() * 200_000))}${t.slice(at)}`; },
  (t, r) => { const at = t.indexOf('\n', Math.floor(r() * t.length)); return `${t.slice(0, at + 1)}x-deep: ${'['.repeat(Math.floor(r() * 3000))}\n${t.slice(at + 1)}`; },
  (t, r) => t.replace(/: ([^\n]+)/g, (m, v: string) => (r() < 0.1 ? `: "${v}\\e[2J\\0\\u202e"` : m)),
  (t, r) => `x-a: &a [${Array(10).fill('"aaaaaaaaaa"').join(',')}]\n${Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => `x-${i}: &l${i} [${Array(10).fill(i ? `*l${i - 1}` : '*a').join(',')}]`).join('\n')}\n${t}`,
  (t, r) => t.replace(/\n/g, (m) => (r() < 0.05 ? `\n${' '.repeat(Math.floor(r() * 5))}` : m)),
  (t, r) => t.replace(/\d{4}-\d{2}-\d{2}/g, (d) => (r() < 0.3 ? `${String(Math.floor(r() * 10000)).padStart(4, '0')}${d.slice(4)}` : d)),
  (t, r) => t.replace(/[,:]/g, (c) => (r() < 0.05 ? ';' : c)),
  (t, r) => `${t}\n${r() < 0.5 ? '---\n' : ''}${t.slice(0, Math.floor(r() * 500))}`,
];

function mutate(text: string, seed: number): string {
  const r = random(seed);
  let out = text;
  for (let k = 0; k < 1 + Math.floor(r() * 3); k++) out = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(out, r);
  return out;
}

/** Runs one loader on a mutated file; returns the exception that is not an InputError, if any. */
function unexpected(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err instanceof InputError ? undefined : err;
  }
  return undefined;
}

const program = parseProgram('sescdp.yaml', SOURCES.program);
const kinds = {
  program: (text: string) => validateProgram(parseProgram('p.yaml', text).program, ruleset, { asOf: '2026-11-22' }),
  participant: (text: string) => parseParticipant('participant.yaml', text),
  roster: (text: string) => parseRoster('roster.csv', text),
  cohort: (text: string) => checkCohort(parseCohort('cohort.yaml', text, program, { file: 'roster.csv', text: SOURCES.roster }), ruleset, '2026-11-22'),
} as const;

describe('generated hostile files', () => {
  for (const [kind, run] of Object.entries(kinds)) {
    it(`${CASES} mutated ${kind} files end in findings or an input error`, () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= CASES; seed++) {
        const err = unexpected(() => run(mutate(SOURCES[kind as keyof typeof SOURCES], seed)));
        if (err) failures.push(`seed ${seed}: ${(err as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(err)}`);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
