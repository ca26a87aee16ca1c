// `sescdp init` driven through its real prompts: a full first-time run, answers refused and asked
// again, warnings accepted (and one taken back), and interrupted runs that resume.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInit } from '../../src/wizard/init-flow.js';
import { AS_OF, readBack, tempDir } from './support/files.js';
import { between, from, FULL_RUN, FULL_RUN_PROGRAM, until } from './support/full-run.js';
import { erase, KEY, play, typed, VirtualTerminal } from './support/virtual-terminal.js';
import type { Program } from '../../src/model/program.js';

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = join(dir, 'sescdp.yaml');
});
afterEach(() => cleanup());

function start(term = new VirtualTerminal()) {
  return { term, done: runInit({ file, term, asOf: AS_OF }) };
}

describe('sescdp init', () => {
  it('walks a first-time user through every section and writes exactly the answers given', async () => {
    const { term, done } = start();
    await play(term, FULL_RUN);
    expect(await done).toBe(0);

    const { program, findings, text } = readBack(file);
    expect(program).toEqual(FULL_RUN_PROGRAM);
    expect(findings).toEqual([]);
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+sescdp\.schema\.json\n/);
    expect(text).toMatch(/\n# sescdp-wizard: reached=\S+\n\nruleset: nprm-2025\n\nagency:\n/);
    // Help lines carry the rule set's numbers and citations, with its status.
    expect(term.transcript).toContain('Required: formal training of at least 100 hours — 5 CFR 412.302(c)(2), proposed');
    expect(term.transcript).toContain('Required: QRB submission within 80 calendar days of graduation — 5 CFR 412.302(a), proposed');
    // The review: every section's answers, then the findings as validate prints them.
    expect(term.transcript).toContain('  Hours per required topic: 7\n    • Strategic planning: 15 hours');
    expect(term.transcript).toContain('✔ 0 errors, 0 warnings, 0 notes (nprm-2025, as of 2026-11-22)');
    expect(term.transcript).toContain(`Check the file again any time with "npx sescdp validate ${file}"`);
  });

  it('refuses an answer that breaks a "must", says why with the citation, and asks again', async () => {
    const { term, done } = start();
    await play(term, until('? Does selection follow SES merit staffing'));
    // A yes/no: refused, then asked again.
    await term.answer('? Does selection follow SES merit staffing', typed('n'));
    await term.waitFor(
      '✖ The ERB must ensure the program follows SES merit staffing under 5 CFR 317.501; the program states no. — 5 CFR 412.302(a), proposed',
    );
    await term.answer('? Does selection follow SES merit staffing', KEY.enter);
    // A required free-text answer left empty: asked again, with the paragraph that needs it.
    await term.answer('? How and where is the program announced?', KEY.enter);
    await term.waitFor('The policy needs an answer for the program announcement; the program file has none. — 5 CFR 412.301(b), proposed');
    term.send(typed('On USAJOBS'));
    await play(term, between('? How and where is the program announced?', '? Hours of formal training per participant'));
    // A number below the rule's minimum: refused while the user is still in the prompt.
    await term.answer('? Hours of formal training per participant', typed('80'));
    await term.waitFor('Formal training must last at least 100 hours; the program plans 80 hours. — 5 CFR 412.302(c)(2), proposed');
    term.send(erase(2), typed('100'));
    // A choice the rule excludes.
    await term.answer('? What kind of training experience is it?', KEY.down, KEY.down, KEY.down, KEY.enter);
    await term.waitFor('✖ Formal training must be an interagency and/or multi-sector experience; the program states "agency-only".');
    await term.answer('? What kind of training experience is it?', KEY.enter);
    await play(term, between('? What kind of training experience is it?', '? Hours per required topic (7)'));
    // A list: removing a required topic is refused when the list is closed; adding it back is accepted.
    await term.answer('? Hours per required topic (7)', KEY.up, KEY.enter);
    await term.answer('? Accountability: 14 hours', KEY.down, KEY.enter);
    await term.answer('? Hours per required topic (6)', KEY.enter);
    await term.waitFor('✖ Formal training must give hours to each required topic; not covered: Accountability. — 5 CFR 412.302(c)(2), proposed');
    await term.answer('? Hours per required topic (6)', KEY.up, KEY.enter);
    await term.answer('? Which required topic?', KEY.enter);
    await term.answer('? Hours given to it (14)', KEY.enter);
    await term.answer('? Hours per required topic (7)', KEY.enter);
    await play(term, between('? Hours per required topic (7)', '? Does each participant have a leadership or executive coach?'));
    // Saying no to a section the rule requires.
    await term.answer('? Does each participant have a leadership or executive coach?', typed('n'));
    await term.waitFor('✖ Each candidate must have a leadership or executive coach certified with an accredited coaching organization');
    await term.answer('? Does each participant have a leadership or executive coach?', KEY.enter);
    await play(term, from('? Are coaches certified by an accredited coaching organization?'));
    expect(await done).toBe(0);

    const { program, findings } = readBack(file);
    expect(program).toEqual(FULL_RUN_PROGRAM);
    expect(findings).toEqual([]);
  });

  it('warns about a "should", keeps the answer when the user accepts, and asks again when not', async () => {
    const { term, done } = start();
    await play(term, until('? Does the program seek candidates from outside the agency?'));
    await term.answer('? Does the program seek candidates from outside the agency?', typed('n'));
    await term.waitFor(
      '⚠ Participation should include candidates from outside the agency to the maximum extent possible; the program states no. — 5 CFR 412.302(b)(2), proposed',
    );
    // Enter is "No": going against a "should" takes a deliberate yes, so the question is asked again.
    await term.answer('? Keep this answer anyway? (y/N)', KEY.enter);
    await term.answer('? Does the program seek candidates from outside the agency?', typed('n'));
    await term.answer('? Keep this answer anyway? (y/N)', typed('y'));
    // The outreach question only applies when outside candidates are sought.
    await play(term, between('? How are candidates from outside the agency reached?', '? Which Executive Core Qualifications'));
    await term.answer('? Which Executive Core Qualifications', KEY.down, KEY.enter);
    await term.waitFor('⚠ EDPs should address the ECQs in effect (ecq-2025); the program uses "ecq-legacy".');
    await term.answer('? Keep this answer anyway?', typed('y'));
    await play(term, between('? Which Executive Core Qualifications', '? How does the agency assess mentoring relationships'));
    await term.answer('? How does the agency assess mentoring relationships', KEY.enter);
    await term.waitFor('⚠ The agency should have a way to assess mentoring relationships and step in when needed; the program states nothing.');
    await term.answer('? Leave it unanswered anyway? (y/N)', KEY.enter);
    await term.answer('? How does the agency assess mentoring relationships', typed('Check-ins at months three and six'));
    await play(term, from('? Does each participant have a leadership or executive coach?'));
    expect(await done).toBe(0);

    const { program, findings } = readBack(file);
    const expected = structuredClone(FULL_RUN_PROGRAM) as Program;
    expected.recruitment!.outsideAgencyCandidates = false;
    delete expected.recruitment!.outreach;
    expected.edp!.ecqSet = 'ecq-legacy';
    expect(program).toEqual(expected);
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`).sort()).toEqual(['warning edp-ecq-set', 'warning outside-candidates']);
  });

  it('keeps a date on record that breaks a "must", reporting it, but refuses dates that contradict each other', async () => {
    const { term, done } = start();
    await play(term, until('? What are you submitting to OPM?'));
    await term.answer('? What are you submitting to OPM?', KEY.down, KEY.enter);
    await term.answer('? When did OPM first approve the program?', typed('2015-04-20'));
    await term.answer('? When did OPM last approve (or re-approve) it?', typed('2014-01-01'));
    await term.waitFor('The last approval cannot come before the first (2015-04-20).');
    term.send(erase(10), typed('2023-01-10'));
    await term.waitFor('✖ OPM re-approval is required every 3 years; last approved January 10, 2023, so re-approval was due January 10, 2026');
    await term.waitFor('Kept, because it is a matter of record');
    await play(term, from('? Record cohorts run or planned under this policy?'));
    expect(await done).toBe(0);

    const { program, findings } = readBack(file);
    expect(program).toEqual({ ...FULL_RUN_PROGRAM, approval: { submissionType: 'reapproval', initialApprovalDate: '2015-04-20', lastApprovalDate: '2023-01-10' } });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId).sort()).toEqual(['placement-rate-minimum', 'reapproval-current']);
  });

  it('keeps every answer on Ctrl-C, says how to resume, and resumes at the first unanswered question', async () => {
    const first = start();
    await play(first.term, until('? How many SES vacancies does the agency expect'));
    await first.term.answer('? How many SES vacancies does the agency expect', KEY.ctrlC);
    expect(await first.done).toBe(130);
    expect(first.term.transcript.trimEnd().split('\n').at(-1)).toBe(
      `Stopped. Every answer so far is saved in ${file}; run "npx sescdp init ${file}" to pick up where you left off.`,
    );
    const saved = readBack(file).program;
    expect(saved.recruitment).toEqual({ pool: 'civil-service', meritStaffing: true, announcement: 'On USAJOBS' });
    expect(saved.erb).toEqual(FULL_RUN_PROGRAM.erb);

    const second = start();
    await second.term.waitFor(`Resuming ${file}.`);
    await second.term.waitFor('── 3 of 15 · Recruitment and selection ──');
    await play(second.term, from('? How many SES vacancies does the agency expect'));
    expect(await second.done).toBe(0);
    // Neither the rule set nor an optional question the user had skipped is asked again.
    expect(second.term.transcript).not.toContain('Which rule should the program meet?');
    expect(second.term.transcript).not.toContain('? Mailing address');
    expect(readBack(file).program).toEqual(FULL_RUN_PROGRAM);
  });

  it('reopens the list the user was filling in when interrupted', async () => {
    const first = start();
    await play(first.term, until("? Its SESCDP coordinator's e-mail"));
    await first.term.answer("? Its SESCDP coordinator's e-mail", KEY.ctrlC);
    expect(await first.done).toBe(130);
    expect(readBack(file).program.scope?.subcomponents).toEqual([{ name: 'Bureau of Example Programs', acronym: 'BEP', coordinator: { name: 'Jordan Lee' } }]);

    const second = start();
    await play(second.term, from('? Authorized subcomponents (1)'));
    expect(await second.done).toBe(0);
    expect(readBack(file).program).toEqual(FULL_RUN_PROGRAM);
  });

  it('stopping at the very first question leaves no file behind', async () => {
    const { term, done } = start();
    await term.answer('? Which rule should the program meet?', KEY.ctrlC);
    expect(await done).toBe(130);
    expect(existsSync(file)).toBe(false);
  });
});
