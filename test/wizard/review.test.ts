// The end of `init`: revisiting a section from the review, then handing the file to the next
// command when one is registered (render, package).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nextSteps } from '../../src/cli/commands/init.js';
import type { Program } from '../../src/model/program.js';
import { runInit } from '../../src/wizard/init-flow.js';
import { SECTIONS } from '../../src/wizard/sections/index.js';
import { AS_OF, readBack, tempDir } from './support/files.js';
import { FULL_RUN, FULL_RUN_PROGRAM, until } from './support/full-run.js';
import { erase, KEY, play, typed, VirtualTerminal } from './support/virtual-terminal.js';

let cleanup: () => void;
let file: string;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  file = join(dir, 'sescdp.yaml');
});
afterEach(() => cleanup());

describe('the review at the end of init', () => {
  it('revisits a section, shows the findings again, then offers the next command', async () => {
    const render = vi.fn(async () => 0);
    const term = new VirtualTerminal();
    const done = runInit({ file, term, asOf: AS_OF, nextSteps: [{ label: 'Render the documents', args: ['render', 'all', file], run: render }] });
    await play(term, until('? Revisit a section before you finish?'));
    const coaching = SECTIONS.findIndex((s) => s.id === 'coaching');
    await term.answer('? Revisit a section before you finish?', ...Array(coaching + 1).fill(KEY.down), KEY.enter);
    // The section's answers to pick from; "All of them, in order" is second from the end.
    await term.answer('? Which answer do you want to change?', KEY.up, KEY.up, KEY.enter);
    await term.answer('? Does each participant have a leadership or executive coach? (Y/n)', KEY.enter);
    await term.answer('? Are coaches certified', KEY.enter);
    await term.answer('? Which accrediting organization? (International Coaching Federation)', KEY.enter);
    await term.answer('? Does the ERB determine that each coach is qualified?', KEY.enter);
    await term.answer('? Where do coaches come from?', KEY.enter);
    await term.answer('? Hours of coaching during the cohort (10)', erase(2), typed('12'));
    await term.answer('? How does the agency assess coaching relationships', KEY.enter);
    await term.waitFor('  Coaching hours: 12 hours');
    await term.waitFor('✔ 0 errors, 0 warnings, 0 notes (nprm-2025, as of 2026-11-22)');
    await term.answer('? Which answer do you want to change?', KEY.enter); // Done with Coaching
    await term.answer('? Revisit a section before you finish?', KEY.enter);
    await term.answer(`? What next?`, KEY.enter);
    expect(await done).toBe(0);
    expect(render).toHaveBeenCalledOnce();
    expect(term.transcript).toContain(`Render the documents (npx sescdp render all ${file})`);

    const expected = structuredClone(FULL_RUN_PROGRAM) as Program;
    expected.coaching!.minHours = 12;
    expect(readBack(file).program).toEqual(expected);
  });

  it('lets the user pick one answer of a section to change, and pages the review on a short terminal', async () => {
    const term = new VirtualTerminal();
    term.output.rows = 30;
    const done = runInit({ file, term, asOf: AS_OF });
    await play(term, until('? Revisit a section before you finish?'));
    // 30 rows: the review stops between sections to ask; Enter shows the next ones.
    let pauses = 0;
    while ((await term.waitFor(/\? (More of the review\?|Revisit a section before you finish\?)/)).includes('More')) {
      pauses++;
      term.send(KEY.enter);
    }
    expect(pauses).toBeGreaterThan(1);
    const coaching = SECTIONS.findIndex((s) => s.id === 'coaching');
    term.send(...Array(coaching + 1).fill(KEY.down), KEY.enter);
    await term.answer('? Which answer do you want to change?', ...Array(5).fill(KEY.down), KEY.enter);
    await term.answer('? Hours of coaching during the cohort (10)', erase(2), typed('14'));
    await term.waitFor('  Coaching hours: 14 hours');
    await term.answer('? Which answer do you want to change?', KEY.enter);
    await term.answer('? Revisit a section before you finish?', KEY.enter);
    expect(await done).toBe(0);
    // Only that one question was asked again.
    expect(term.transcript).not.toContain('✔ Are coaches certified by an accredited coaching organization? Yes\n✔ Which accrediting organization? International Coaching Federation\n✔ Does the ERB determine');
    expect(readBack(file).program.coaching?.minHours).toBe(14);
    expect(term.transcript).toContain('Coaching hours: 10 hours'); // the picker shows each answer
  });

  it('on a finished file asks only what a "must" still needs, then names the sections that still have errors', async () => {
    const first = new VirtualTerminal();
    const finished = runInit({ file, term: first, asOf: AS_OF });
    await play(first, FULL_RUN);
    expect(await finished).toBe(0);
    // By hand: the removal policy deleted, and an approval that lapsed in 2023 recorded.
    const text = readFileSync(file, 'utf8')
      .replace(/\nremoval:\n  policy: .*\n/, '\n')
      .replace('submissionType: initial', 'submissionType: reapproval\n  initialApprovalDate: 2015-04-20\n  lastApprovalDate: 2020-06-10');
    writeFileSync(file, text);

    const term = new VirtualTerminal();
    const done = runInit({ file, term, asOf: AS_OF });
    await term.answer('? What happens when a participant does not make adequate progress?', typed('An improvement plan, then removal by the ERB'));
    await term.waitFor('✔ Every question is answered.');
    await term.waitFor('error    OPM re-approval is required every 3 years; last approved June 10, 2020, so re-approval was due June 10, 2023');
    await term.waitFor('Approval history (1 to fix)');
    term.send(KEY.enter);
    expect(await done).toBe(0);
    expect(term.transcript.match(/^\? /gm)).toHaveLength(2); // that one question, then the review's menu
    expect(readBack(file).program.removal).toEqual(FULL_RUN_PROGRAM.removal);
  });
});

describe("the review's next steps, run for real", () => {
  let home: string;
  beforeEach(() => {
    home = process.cwd();
    process.chdir(dirname(file)); // the commands write out/ where the user is
  });
  afterEach(() => process.chdir(home));

  async function finishAndPick(offer: string): Promise<{ term: VirtualTerminal; code: number }> {
    const term = new VirtualTerminal();
    const done = runInit({ file, term, asOf: AS_OF, nextSteps: nextSteps(file, ['--as-of', AS_OF]) });
    await play(term, FULL_RUN);
    const index = nextSteps(file, []).findIndex((s) => s.label === offer);
    await term.answer('? What next?', ...Array(index).fill(KEY.down), KEY.enter);
    return { term, code: await done };
  }

  it('"Render the documents" lists the answers final documents still need, writing nothing', async () => {
    const { term, code } = await finishAndPick('Render the documents');
    expect(code).toBe(1);
    expect(term.transcript).toContain(`Render the documents (npx sescdp render all ${file} --as-of ${AS_OF})`);
    expect(existsSync(join(dirname(file), 'out'))).toBe(false);
  }, 120_000);

  it('"Render drafts of the documents" renders every document as a draft, dated as the wizard was', async () => {
    const { term, code } = await finishAndPick('Render drafts of the documents (missing answers shown)');
    expect(code).toBe(0);
    expect(term.transcript).toContain(`Render drafts of the documents (missing answers shown) (npx sescdp render all ${file} --draft --as-of ${AS_OF})`);
    const written = readdirSync(join(dirname(file), 'out')).sort();
    const documents = ['policy', 'edp-blank', 'evaluation-participant-blank', 'evaluation-cohort', 'evaluation-annual', 'transmittal-memo', 'compliance-crosswalk'];
    expect(written).toEqual(documents.flatMap((d) => [`DEA-${d}-${AS_OF}-draft.docx`, `DEA-${d}-${AS_OF}-draft.pdf`]).sort());
  }, 120_000);

  it('"Build the approval package" refuses while the documents lack answers', async () => {
    const { term, code } = await finishAndPick('Build the approval package for OPM');
    expect(code).toBe(1);
    expect(term.transcript).toContain(`Build the approval package for OPM (npx sescdp package ${file} --as-of ${AS_OF})`);
    expect(existsSync(join(dirname(file), 'out'))).toBe(false);
  }, 120_000);

  it('"Build a draft package" builds it under the rule set the file names', async () => {
    const { term, code } = await finishAndPick('Build a draft package (missing answers shown)');
    expect(code).toBe(0);
    expect(term.transcript).toContain(`Build a draft package (missing answers shown) (npx sescdp package ${file} --draft --as-of ${AS_OF})`);
    const folder = join(dirname(file), 'out', `DEA-sescdp-initial-${AS_OF}-draft`);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(manifest)).toContain('nprm-2025');
    expect(existsSync(`${folder}.zip`)).toBe(true);
  }, 120_000);
});
