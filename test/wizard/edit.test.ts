// `sescdp edit` on a hand-written program: one section revisited through the real prompts,
// everything else in the file (comments, key order, other sections) left as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Program } from '../../src/model/program.js';
import { runEdit } from '../../src/wizard/edit-flow.js';
import { findSection } from '../../src/wizard/sections/index.js';
import { EXAMPLES } from '../support/programs.js';
import { AS_OF, readBack, tempDir } from './support/files.js';
import { erase, KEY, typed, VirtualTerminal } from './support/virtual-terminal.js';

let cleanup: () => void;
let file: string;
let original: string;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  file = join(dir, 'sescdp.yaml');
  copyFileSync(EXAMPLES.compliant, file);
  original = readFileSync(file, 'utf8');
});
afterEach(() => cleanup());

/** The text of one top-level section, from its key to the next top-level key. */
function sectionText(text: string, key: string): string {
  const start = text.indexOf(`\n${key}:\n`);
  const next = text.slice(start + 1).search(/\n\n[A-Za-z$]/);
  return text.slice(start, start + 1 + next);
}

describe('sescdp edit', () => {
  it('revisits one section and changes only what the user changed', async () => {
    const before = readBack(file);
    const term = new VirtualTerminal();
    const done = runEdit({ file, term, asOf: AS_OF, section: findSection('training') });
    await term.answer('? Hours of formal training per participant (100)', erase(3), typed('120'));
    await term.answer('? What kind of training experience is it?', KEY.enter);
    await term.answer('? Does it include interaction with senior employees', KEY.enter);
    await term.answer('? How do participants meet them? (Seminars are delivered', KEY.enter);
    await term.answer('? Does the training address the Executive Core Qualifications?', KEY.enter);
    // Required topics: change the hours of the first.
    await term.answer('? Hours per required topic (7)', ...Array(7).fill(KEY.up), KEY.enter);
    await term.answer('? Strategic planning: 14 hours', KEY.enter);
    await term.answer('? Which required topic?', KEY.enter);
    await term.answer('? Hours given to it (14)', erase(2), typed('34'));
    await term.answer('? Hours per required topic (7)', KEY.enter);
    // Agency topics: remove the only one.
    await term.answer('? Add agency-specific training topics', KEY.enter);
    await term.answer('? Agency-specific topics (1)', KEY.up, KEY.up, KEY.enter);
    await term.answer('? Infrastructure project delivery and risk: 8 hours', KEY.down, KEY.enter);
    await term.answer('? Agency-specific topics (0)', KEY.enter);
    // Providers: add one.
    await term.answer('? Training providers (3)', KEY.up, KEY.enter);
    await term.answer('? Training provider', typed('DFI Executive Forum'));
    await term.answer('? Training providers (4)', KEY.enter);
    expect(await done).toBe(0);

    const after = readBack(file);
    const expected = structuredClone(before.program) as Program;
    const training = expected.training!;
    training.totalHours = 120;
    training.addressesEcqs = true;
    training.agencyTopics = [];
    training.requiredTopics![0]!.hours = 34;
    training.providers!.push('DFI Executive Forum');
    expect(after.program).toEqual(expected);
    expect(after.findings).toEqual(before.findings);
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);

    // Every other section is byte for byte what it was, comments included.
    const outside = (text: string) => text.replace(sectionText(text, 'training'), '');
    expect(outside(after.text)).toBe(outside(original));
    for (const comment of original.split('\n').filter((l) => l.startsWith('#'))) expect(after.text).toContain(comment);
    // The changed section keeps its key order and its one-line topics.
    const changed = sectionText(after.text, 'training');
    expect(changed).toContain('  totalHours: 120\n  format: interagency-and-multi-sector\n');
    expect(changed).toContain('    - { topic: strategic-planning, hours: 34 }\n    - { topic: financial-management, hours: 14 }');
    expect(changed).toContain('    - DFI Leadership Institute\n    - DFI Executive Forum\n');
    // The summary and the section's findings follow.
    expect(term.transcript).toContain('  Total hours: 120 hours');
    expect(term.transcript).toMatch(/✔ 0 errors, \d+ warnings?, \d+ notes? \(Formal training; nprm-2025, as of 2026-11-22\)/);
  });

  it('lets the user pick the section, and another after it', async () => {
    const before = readBack(file).program;
    const term = new VirtualTerminal();
    const done = runEdit({ file, term, asOf: AS_OF });
    await term.answer('? Which section do you want to change?', ...Array(8).fill(KEY.down), KEY.enter);
    await term.answer('? Who may be a mentor?', KEY.enter);
    await term.answer('? Hours of mentor meetings during the cohort (10)', erase(2), typed('12'));
    await term.answer('? How does the agency assess mentoring relationships', KEY.enter);
    await term.answer('? Change another section?', KEY.enter);
    expect(await done).toBe(0);
    const expected = structuredClone(before) as Program;
    expected.mentoring!.minHours = 12;
    expect(readBack(file).program).toEqual(expected);
  });

  it('refuses a non-compliant change like init does, and keeps what was saved on Ctrl-C', async () => {
    const before = readBack(file).program;
    const term = new VirtualTerminal();
    const done = runEdit({ file, term, asOf: AS_OF, section: findSection('progress') });
    await term.answer('? How often is progress reviewed? (Quarterly)', erase(9), typed('Monthly'));
    for (const q of ['? Who conducts the reviews?', '? What does a review cover?', '? What happens when a participant', '? What must a participant complete']) {
      await term.answer(q, KEY.enter);
    }
    await term.answer('? Within how many calendar days of graduation', erase(2), typed('90'));
    await term.waitFor('The ERB submits graduates to the QRB within 80 calendar days of graduation; the program allows 90 calendar days. — 5 CFR 412.302(a), proposed');
    term.send(KEY.ctrlC);
    expect(await done).toBe(130);
    expect(term.transcript).toContain(`run "npx sescdp edit ${file} --section progress" to go on.`);
    const expected = structuredClone(before) as Program;
    expected.progressReviews!.frequency = 'Monthly';
    expect(readBack(file).program).toEqual(expected);
  });
});

describe('a file written before the ruleset key', () => {
  it('has its header comment moved to the key, and is edited under that rule', async () => {
    const legacyFile = file.replace(/sescdp\.yaml$/, 'legacy.yaml');
    const text = readFileSync(EXAMPLES.legacy, 'utf8');
    writeFileSync(legacyFile, `# sescdp-wizard: ruleset=cfr-2009 reached=signatory.phone\n${text}`);
    const term = new VirtualTerminal();
    const done = runEdit({ file: legacyFile, term, asOf: AS_OF, section: findSection('mentoring') });
    await term.waitFor('against cfr-2009, the rule in force (2009).');
    await term.answer('? Who may be a mentor?', KEY.enter);
    await term.answer('? Hours of mentor meetings', KEY.enter);
    await term.answer('? How does the agency assess mentoring relationships', KEY.enter);
    expect(await done).toBe(0);
    const after = readFileSync(legacyFile, 'utf8');
    expect(after.startsWith(`# sescdp-wizard: reached=signatory.phone\n${text.split('\n\nagency:')[0]}\nruleset: cfr-2009\n\nagency:`)).toBe(true);
    expect(after).not.toContain('ruleset=');
  });
});
