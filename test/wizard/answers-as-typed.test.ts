// Answers as people type them (1,200 · $250,000 · 03/01/2027), refused in our words; lists that refuse a second
// item of the same name; follow-up questions skipped with the one they follow.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Program } from '../../src/model/program.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { AnswerContext } from '../../src/wizard/answer-context.js';
import { dateProblem, numberProblem, parseDate, parseNumber } from '../../src/wizard/answer-input.js';
import { applies } from '../../src/wizard/applies.js';
import { judge } from '../../src/wizard/checking.js';
import { runInit } from '../../src/wizard/init-flow.js';
import type { ListQuestion, Question } from '../../src/wizard/question.js';
import { findSection } from '../../src/wizard/sections/index.js';
import { AS_OF, readBack, tempDir } from './support/files.js';
import { until } from './support/full-run.js';
import { erase, KEY, play, typed, VirtualTerminal } from './support/virtual-terminal.js';

describe('numbers and dates as typed', () => {
  it.each([
    ['1,200', 1200],
    ['$250,000', 250000],
    ['$ 250,000.50', 250000.5],
    ['7.5', 7.5],
    ['85%', 85],
    ['', undefined],
  ])('%j reads as %j', (raw, value) => expect(parseNumber(raw)).toBe(value));

  it.each(['12,00', 'lots', '1.2.3', '$'])('%j is not a number, and says what would be', (raw) => {
    const n = parseNumber(raw)!;
    expect(Number.isNaN(n)).toBe(true);
    expect(numberProblem({ kind: 'number', key: 'x', label: 'x', message: 'x' }, n)).toBe('Enter a number, e.g. 120, 1,200 or 7.5.');
  });

  it('dates as MM/DD/YYYY become YYYY-MM-DD; a wrong one says both forms', () => {
    expect(parseDate('03/01/2027')).toBe('2027-03-01');
    expect(parseDate('3/1/2027')).toBe('2027-03-01');
    expect(parseDate(' 2027-03-01 ')).toBe('2027-03-01');
    expect(dateProblem('03/01/2027')).toBeUndefined();
    expect(dateProblem('02/30/2027')).toBe('02/30/2027 is not a real calendar date.');
    expect(dateProblem('March 1')).toBe('Write the date as MM/DD/YYYY or YYYY-MM-DD, e.g. 03/01/2027 or 2027-03-01.');
  });
});

describe('lists and follow-ups', () => {
  const context = (program: Program) => new AnswerContext({ program }, loadRuleset('nprm-2025'), AS_OF);
  const subcomponents = findSection('agency')!.questions.find((q) => q.key === 'scope.subcomponents') as ListQuestion;
  const field = (key: string) => subcomponents.item.find((q) => q.key === key)!;
  const program: Program = { scope: { subcomponents: [{ name: 'Bureau of Example Programs', acronym: 'BEP' }, {}] } };

  it('refuses a second item with the same name or acronym, whatever the case', () => {
    const at = ['scope', 'subcomponents', 1];
    // The rule set's own check (unique-subcomponent-names), so validate and the wizard say the same.
    expect(judge(field('name'), at, 'bureau of example  programs', context(program)).refusal).toBe(
      '"bureau of example  programs" is listed more than once as a subcomponent; list each once. — sescdp consistency check, proposed',
    );
    expect(judge(field('acronym'), at, 'bep', context(program)).refusal).toContain('is listed more than once as a subcomponent acronym');
    expect(judge(field('acronym'), at, 'BHB', context(program)).refusal).toBeUndefined();
    // The item itself may keep its own answer when it is changed.
    expect(judge(field('acronym'), ['scope', 'subcomponents', 0], 'BEP', context(program)).refusal).toBeUndefined();
  });

  it("skips a coordinator's title, e-mail and phone when the name is skipped", () => {
    const base = ['scope', 'subcomponents', 1];
    const asked = (q: Question, p: Program) => applies(q, base, context(p));
    for (const key of ['coordinator.title', 'coordinator.email', 'coordinator.phone']) {
      expect(asked(field(key), program)).toBe(false);
      expect(asked(field(key), { scope: { subcomponents: [{}, { name: 'B', coordinator: { name: 'Jordan Lee' } }] } })).toBe(true);
    }
  });

  it('does not ask whether a cohort that starts after the as-of date has ended', () => {
    const cohorts = findSection('cohort-records')!.questions.find((q) => q.key === 'cohorts') as ListQuestion;
    const ended = cohorts.item.find((q) => q.key === 'outcomes')!;
    const asked = (startDate: string) => applies(ended, ['cohorts', 0], context({ cohorts: [{ id: 'A', startDate }] }));
    expect(asked('2027-01-11')).toBe(false);
    expect(asked('2025-01-11')).toBe(true);
  });
});

describe('in the wizard', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('refuses "lots" in our words, and keeps "1,200" as 1200', async () => {
    const file = join(dir, 'sescdp.yaml');
    const term = new VirtualTerminal();
    const done = runInit({ file, term, asOf: AS_OF });
    await play(term, until('? Hours of formal training per participant'));
    await term.answer('? Hours of formal training per participant', erase(3), typed('lots'));
    await term.waitFor('> Enter a number, e.g. 120, 1,200 or 7.5.');
    term.send(erase(4), typed('1,200'));
    await term.answer('? What kind of training experience is it?', KEY.ctrlC);
    expect(await done).toBe(130);
    expect(readBack(file).program.training?.totalHours).toBe(1200);
  });
});

