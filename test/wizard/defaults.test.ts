// Compliant defaults and help lines come from the rule set: pressing Enter through every number,
// yes/no and choice gives a program with no errors, under each rule set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isAnswered } from '../../src/model/data-path.js';
import type { Program } from '../../src/model/program.js';
import { availableRulesets, loadRuleset } from '../../src/rules/ruleset.js';
import { validateProgram } from '../../src/rules/validate.js';
import { applies } from '../../src/wizard/applies.js';
import { defaultConfirm, defaultNumber, defaultSelect, defaultTicks } from '../../src/wizard/defaults.js';
import { keyPath, withValueAt } from '../../src/wizard/paths.js';
import { ProgramFile } from '../../src/wizard/program-file.js';
import { helpLines } from '../../src/wizard/rule-text.js';
import type { Question } from '../../src/wizard/question.js';
import { SECTIONS } from '../../src/wizard/sections/index.js';
import { Session } from '../../src/wizard/session.js';
import { AS_OF, tempDir } from './support/files.js';
import { FULL_RUN_PROGRAM } from './support/full-run.js';
import { VirtualTerminal } from './support/virtual-terminal.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const CHOSEN = new Set(['number', 'confirm', 'select', 'checkbox']);

/** A question the user answers with Enter; one that shows an example instead (a count of vacancies) is typed. */
const defaulted = (q: Question) => CHOSEN.has(q.kind) && q.example === undefined;

/** The typed answers and lists of the full run, with every number and choice left to its default. */
function enterThrough(rulesetId: string): Program {
  let text = FULL_RUN_PROGRAM;
  for (const q of SECTIONS.flatMap((s) => s.questions)) if (defaulted(q)) text = withValueAt(text, keyPath([], q.key), undefined);
  const file = ProgramFile.openOrCreate(join(dir, `${rulesetId}.yaml`));
  for (const [key, value] of Object.entries(text)) file.set([key], value);
  const session = new Session(file, loadRuleset(rulesetId), AS_OF, new VirtualTerminal());
  for (const q of SECTIONS.flatMap((s) => s.questions)) {
    const path = keyPath([], q.key);
    if (!applies(q, [], session)) {
      file.set(path, undefined);
      continue;
    }
    if (!defaulted(q)) continue;
    const value =
      q.kind === 'number' ? defaultNumber(q, [], session)
      : q.kind === 'confirm' ? defaultConfirm(q, [], session)
      : q.kind === 'select' ? defaultSelect(q, [], session)
      : q.kind === 'checkbox' ? defaultTicks(q, [], session)
      : undefined;
    if (isAnswered(value)) file.set(path, value);
  }
  return session.program;
}

describe('defaults', () => {
  for (const id of availableRulesets()) {
    it(`under ${id}, Enter through every number and choice gives a program without errors`, () => {
      const program = enterThrough(id);
      const errors = validateProgram(program, loadRuleset(id), { asOf: AS_OF }).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    });
  }

  it('take their numbers from the rule set', () => {
    const proposed = enterThrough('nprm-2025');
    expect(proposed.training?.totalHours).toBe(100);
    expect(proposed.cohort).toMatchObject({ minMonths: 9, maxMonths: 12 });
    expect(proposed.assignment?.minContinuousDays).toBe(120);
    expect(proposed.graduation?.qrbSubmissionDays).toBe(80);
    expect(proposed.mentoring?.minHours).toBe(10);
    expect(proposed.coaching?.minHours).toBe(10);

    const inForce = enterThrough('cfr-2009');
    expect(inForce.training?.totalHours).toBe(80);
    expect(inForce.cohort?.minMonths).toBe(12);
    expect(inForce.cohort?.maxMonths).toBeUndefined();
    expect(inForce.assignment?.totalDays).toBe(120);
    expect(inForce.training?.requiredTopics).toBeUndefined();
  });
});

describe('help lines', () => {
  it('name the requirement, the number and the citation of the chosen rule set, with its status', () => {
    expect(helpLines(loadRuleset('nprm-2025'), 'training.totalHours')[0]).toBe(
      'Required: formal training of at least 100 hours — 5 CFR 412.302(c)(2), proposed',
    );
    expect(helpLines(loadRuleset('cfr-2009'), 'training.totalHours')[0]).toBe(
      'Required: formal training of at least 80 hours — 5 CFR 412.302(c)(2), in force',
    );
    expect(helpLines(loadRuleset('nprm-2025'), 'recruitment.outsideAgencyCandidates')).toEqual([
      'Recommended: candidates from outside the agency included where possible — 5 CFR 412.302(b)(2), proposed',
    ]);
    expect(helpLines(loadRuleset('nprm-2025'), 'scope.subcomponents[].name')).toEqual(["Required: the subcomponent's name — 5 CFR 412.301(b), proposed"]);
  });
});
