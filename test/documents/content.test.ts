// What the documents say: every required element, with the program's own values and the citations,
// read from the document model both writers print (the conformance test checks the writers agree).
import { describe, expect, it } from 'vitest';
import { formFields } from '../../src/document/index.js';
import { DOCUMENT_IDS } from '../../src/documents/catalog.js';
import { renderDocument, renderSet, type RenderInputs } from '../../src/documents/render.js';
import { loadParticipant } from '../../src/model/load-participant.js';
import type { Program } from '../../src/model/program.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { validateProgram } from '../../src/rules/validate.js';
import { documentText } from '../support/document-text.js';
import { EXAMPLES, example, withValues } from '../support/programs.js';

const AS_OF = '2026-11-22';
const ruleset = loadRuleset('nprm-2025');
const participant = loadParticipant(EXAMPLES.compliant.replace('sescdp.yaml', 'participant.yaml'));

function text(id: (typeof DOCUMENT_IDS)[number], program: Program = example('compliant'), extra: Partial<RenderInputs> = {}): string {
  return documentText(renderDocument(id, { program, ruleset, asOf: AS_OF, ...extra }));
}

describe('the policy', () => {
  const policy = text('policy');

  it('states the formal training: total hours, each required topic with its hours, and the citation', () => {
    expect(policy).toContain('formal interagency and multi-sector training experience of 100 hours');
    for (const [topic, hours] of [
      ['Strategic planning', 14],
      ['Financial management', 14],
      ['Human capital management', 12],
      ['Human resource management', 12],
      ['Government efficiency', 14],
      ['Management and supervision', 14],
      ['Accountability', 12],
    ] as const) {
      expect(policy).toContain(`${topic} | ${hours}`);
    }
    expect(policy).toContain('Infrastructure project delivery and risk (agency topic) | 8');
    expect(policy).toContain('5 CFR 412.302(c)(2)');
  });

  it('states the assignment, mentoring, coaching, QRB deadline and cohort length with citations', () => {
    expect(policy).toContain('developmental assignment of 120 continuous days of full-time service');
    expect(policy).toContain('5 CFR 412.302(c)(3)');
    expect(policy).toContain('meet for at least 10 hours during the cohort, against the rule\'s minimum of 10 hours');
    expect(policy).toMatch(/within 80 calendar days of graduation, against the rule's limit of 80 calendar days \(5 CFR 412\.302\(a\)\)/);
    expect(policy).toContain('Each cohort lasts at least 9 months and no more than 12 months');
    expect(policy).toContain('5 CFR 412.302(c)(4)');
    expect(policy).toContain('5 CFR 412.302(c)(5)');
  });

  it('names the subcomponents, the ERB and its chair, and the ECQs of the active set', () => {
    expect(policy).toContain('Bureau of Highways and Bridges (BHB)');
    expect(policy).toContain('Bureau of Water Systems (BWS)');
    // Responsibilities by position; the people are named in the appendix of contacts.
    expect(policy).toContain('The DFI Executive Resources Board (ERB), chaired by the Deputy Secretary,');
    expect(policy).toContain('• ERB chair: Patricia Vandermeer, Deputy Secretary');
    expect(policy).toContain('• BHB subcomponent coordinator: Marisol Okafor, SESCDP Coordinator, BHB Office of Human Capital');
    expect(policy.split('Appendix A. Program contacts')[0]).not.toContain('Patricia Vandermeer');
    for (const ecq of ['Commitment to the Rule of Law and the Principles of the American Founding', 'Driving Efficiency', 'Merit and Competence', 'Leading People', 'Achieving Results']) {
      expect(policy).toContain(ecq);
    }
  });

  it('covers every section the rule asks for, numbered', () => {
    const headings = [
      'Purpose and authority',
      'Coverage',
      'Definitions',
      'Roles and responsibilities',
      'Recruitment and merit staffing',
      'Validated executive assessments',
      'Selection and cohort size',
      'Cohort duration and extensions',
      'Executive Development Plan',
      'Formal training',
      'Developmental assignment',
      'Mentoring',
      'Coaching',
      'Progress reviews',
      'Removal from the program',
      'Graduation and QRB submission',
      'Participants from outside the civil service',
      'Program evaluation',
      'Re-approval and changes',
      'Records',
      'Effective date and supersession',
      'Approval',
    ];
    headings.forEach((h, i) => expect(policy).toMatch(new RegExp(`^${i + 1} ${h}$`, 'm')));
    // The parts every directive has: number, effective date, supersession, review date, definitions, contacts.
    expect(policy).toContain('Directive number: DFI Directive 3-412.2');
    expect(policy).toContain('Effective date: January 4, 2027');
    expect(policy).toContain('Supersedes: DFI Directive 3-412.1, SES Candidate Development Program, of June 10, 2024');
    expect(policy).toContain('Review date: June 10, 2027');
    expect(policy).toContain('This policy takes effect on January 4, 2027. It supersedes DFI Directive 3-412.1');
    expect(policy).toMatch(/^• Executive Development Plan \(EDP\) means /m);
    expect(policy).toMatch(/^Appendix A\. Program contacts$/m);
    expect(policy).toContain('Schedule B appointment under 5 CFR 213.3202(j)');
    expect(policy).toContain('re-approval falls due again on June 10, 2027');
  });

  it('states the proposed rule as written: consultation, the 12-month cap, "must be obtained", who counts placements', () => {
    expect(policy).toContain('OPM re-approval must be obtained before the agency initiates a new SESCDP (5 CFR 412.301(c))');
    expect(policy).toContain('The agency consults OPM before implementing any change that substantially alters how the program complies with the rule (5 CFR 412.301(c))');
    // The extension is OPM's exception for an individual participant, cited as the preamble.
    expect(policy).toContain('No cohort runs past 12 months, and the agency does not extend a cohort on its own authority (5 CFR 412.302(c))');
    expect(policy).toContain('the agency may ask OPM to grant that participant an extension to no more than 15 months');
    expect(policy).toContain('(Preamble to RIN 3206-AO89 on 5 CFR 412.302, not rule text)');
    // 412.301(d) is cited for adherence only, not for how placements are counted.
    expect(policy).toContain('An authorized subcomponent uses and adheres to this policy when it administers a cohort (5 CFR 412.301(d)). Under this policy,');
    expect(policy).not.toMatch(/placement rates \(5 CFR 412\.301\(d\)\)/);
    expect(policy).toContain("The policy describes the program's methodologies on OPM's SESCDP policy template (5 CFR 412.301(b))");
    expect(policy).toContain('at least 2 validated executive assessments in all');
    expect(policy).toContain('to collect the data used to identify and implement program enhancements');
  });

  it('records the consultation with OPM for a change, in the policy and the memo', () => {
    const change = withValues(example('compliant'), {
      'approval.submissionType': 'change',
      'approval.changeSummary': 'Cohorts move to a September start.',
      'approval.opmConsultation': { date: '2026-09-14', summary: 'OPM Executive Services reviewed the new calendar.' },
    });
    expect(text('policy', change)).toContain('It consulted OPM on September 14, 2026 about the change this policy makes: OPM Executive Services reviewed the new calendar.');
    expect(text('memo', change)).toContain('As the rule requires, the agency consulted OPM before implementing it (5 CFR 412.301(c)), on September 14, 2026: OPM Executive Services reviewed the new calendar.');
    const unconsulted = text('memo', withValues(change, { 'approval.opmConsultation': undefined }));
    expect(unconsulted).toContain('[Not provided: date of the consultation with OPM]');
  });

  it('makes the training table add up to the total the text states', () => {
    const fewer = text('policy', withValues(example('compliant'), { 'training.agencyTopics': [] })); // topics 92 of 100 hours
    expect(fewer).toContain('Other formal training | 8');
    expect(fewer).toContain('Total hours planned | 100');
    expect(policy).toContain('Total hours planned | 100');
  });

  it('follows the program: 110 hours and a third subcomponent change the policy and the memo', () => {
    const changed = withValues(example('compliant'), {
      'training.totalHours': 110,
      'scope.subcomponents': [...example('compliant').scope!.subcomponents!, { name: 'Office of Rail Safety', acronym: 'ORS' }],
    });
    const policy110 = text('policy', changed);
    expect(policy110).toContain('training experience of 110 hours');
    expect(policy110).not.toContain('training experience of 100 hours');
    expect(policy110).toContain('Office of Rail Safety (ORS)');
    expect(text('memo', changed)).toContain('Office of Rail Safety (ORS)');
    expect(text('memo', changed)).toContain('110 hours of formal training');
  });

  it('shows a highlighted placeholder for a missing answer, which validate reports too', () => {
    const missing = withValues(example('compliant'), { 'erb.chair': undefined });
    const model = renderDocument('policy', { program: missing, ruleset, asOf: AS_OF });
    expect(documentText(model)).toContain('chaired by the [Not provided: ERB chair\'s title]');
    expect(documentText(model)).toContain('ERB chair: [Not provided: ERB chair], [Not provided: ERB chair\'s title]');
    const runs = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.content : []));
    expect(runs.some((r) => r.kind === 'placeholder' && r.label === "ERB chair's title")).toBe(true);
    expect(validateProgram(missing, ruleset, { asOf: AS_OF }).some((f) => f.ruleId === 'policy-answers' && f.path === 'erb.chair.name')).toBe(true);
  });
});

describe('the Executive Development Plan', () => {
  it('from a participant record: position, ECQ plans, training table and totals, assignment days, advisers', () => {
    const edp = text('edp', example('compliant'), { participant });
    expect(edp).toContain('Keisha D. Montgomery');
    expect(edp).toContain('Position of record | Supervisory Environmental Engineer, 0819, GS-15');
    for (const ecq of ['Driving Efficiency', 'Merit and Competence', 'Achieving Results']) expect(edp).toMatch(new RegExp(`^3\\.\\d ${ecq}$`, 'm'));
    expect(edp).toContain('Federal Financial Management for Executives | Partnership for Public Service | Financial management | 16 | December 1–3, 2025');
    // The policy's agency topic has its own row in the totals, and a one-day course is one date, not a range.
    expect(edp).toContain('Infrastructure project delivery and risk (agency topic) | 8');
    expect(edp).toContain('Infrastructure project delivery and risk | 8 | July 13, 2026');
    expect(edp).toContain('Human resource management | 24');
    expect(edp).toContain('All formal training | 108');
    expect(edp).toContain('Continuous days | 124 days, counted start and end inclusive');
    expect(edp).toContain('Mentor | Rosalind Achebe | 12');
    expect(edp).toContain('Coach | Peter Vasquez-Lindqvist | 10');
    expect(edp).toContain('5 CFR 412.302(c)(1)(iv)');
    expect(edp).not.toContain('Not provided');
  });

  it('blank and fillable, with the documented field names', () => {
    const model = renderDocument('edp', { program: example('compliant'), ruleset, asOf: AS_OF });
    const names = formFields(model).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['participant_name', 'position_of_record', 'needs_determination', 'ecq_driving_efficiency_objectives', 'training_plan', 'assignment_start', 'assignment_end', 'mentoring_hours', 'erb_chair_signature', 'erb_chair_date']));
  });
});

describe('the evaluation forms', () => {
  it('participant evaluation: a rating for each program element and ECQ, and free text', () => {
    const model = renderDocument('evaluation-participant', { program: example('compliant'), ruleset, asOf: AS_OF });
    expect(formFields(model).map((f) => [f.name, f.type])).toEqual([
      ['participant_name', 'text'],
      ['cohort_id', 'text'],
      ['subcomponent', 'text'],
      ['date_completed', 'date'],
      ['rating_formal_training', 'rating'],
      ['rating_developmental_assignment', 'rating'],
      ['rating_mentoring', 'rating'],
      ['rating_coaching', 'rating'],
      ['rating_assessments', 'rating'],
      ['rating_edp_process', 'rating'],
      ['rating_erb_support', 'rating'],
      ['growth_rule_of_law', 'rating'],
      ['growth_driving_efficiency', 'rating'],
      ['growth_merit_and_competence', 'rating'],
      ['growth_leading_people', 'rating'],
      ['growth_achieving_results', 'rating'],
      ['comments_most_valuable', 'multiline'],
      ['comments_improvements', 'multiline'],
      ['comments_relationships', 'multiline'],
      ['would_recommend', 'yesno'],
    ]);
  });

  it('program-manager evaluation: cohort facts prefilled from the cohort, delivery, cost, lessons', () => {
    const program = example('compliant');
    const cohort = { ...program.cohorts![1]!, programManager: { name: 'Thomas Reinholt' } };
    const model = renderDocument('evaluation-cohort', { program, ruleset, asOf: AS_OF, cohort });
    const fields = new Map(formFields(model).map((f) => [f.name, f]));
    expect([...fields.keys()]).toEqual(expect.arrayContaining(['cohort_selected', 'cohort_graduated', 'cohort_removed', 'cohort_qrb_submitted_on_time', 'cohort_certified', 'cohort_placed', 'delivered_training', 'delivered_qrb_notes', 'cohort_cost', 'lessons_learned', 'changes_made']));
    const textOf = documentText(model);
    expect(textOf).toContain('Participants selected [10]');
    expect(textOf).toContain('Graduates certified by the QRB [6]');
    expect(textOf).toContain('Total cost of the cohort (dollars) [548000]');
    expect(textOf).toContain('Cohort [BWS-2025]');
    expect(textOf).toContain('Subcomponent [Bureau of Water Systems]');
    expect(textOf).toContain('by December 14, 2026'); // graduation September 25, 2026 + 80 days
  });

  it('annual evaluation: every cohort, the placement rate from the data, and OPM\'s minimum only as given', () => {
    const annual = text('evaluation-annual');
    expect(annual).toContain('BWS-2025 * | BWS | October 6, 2025 | September 25, 2026');
    expect(annual).toContain('BHB-2024 | 12 | 11 | 1 | 11 | 10 | 7');
    expect(annual).toContain('BHB-2027 | — | — | — | — | — | —');
    expect(annual).toContain('Of 16 graduates certified by a QRB, 9 have received an initial SES appointment: a placement rate of 56.3%');
    // OPM has not published its minimum: said plainly, never a placeholder or a data-field name.
    expect(annual).toContain('has not yet published it. The program\'s rate will be compared with the minimum once OPM sets it.');
    expect(annual).not.toMatch(/Not provided|opmMinimumPlacementRate/);
    const withMinimum = text('evaluation-annual', withValues(example('compliant'), { 'evaluation.opmMinimumPlacementRate': 50 }));
    expect(withMinimum).toContain('the minimum that applies is 50%, which the program meets');
  });
});

describe('the transmittal memo and the crosswalk', () => {
  it('memo: from the signatory, a subject naming the submission type, and the enclosures', () => {
    const memo = text('memo');
    expect(memo).toContain('FROM: Dana R. Whitfield, Chief Human Capital Officer');
    expect(memo).toContain('SUBJECT: Request for triennial re-approval of the DFI Senior Executive Service Candidate Development Program policy');
    expect(memo).toMatch(/1\. SES Candidate Development Program policy\n2\. Compliance crosswalk\n3\. Annual overarching program evaluation/);
    const initial = text('memo', withValues(example('compliant'), { 'approval.submissionType': 'initial' }));
    expect(initial).toContain('Request for initial approval');
    expect(initial).not.toContain('Annual overarching program evaluation');
  });

  it('crosswalk: every rule, its citation, the numbered policy section and its status', () => {
    const crosswalk = text('crosswalk');
    const rows = crosswalk.split('\n').filter((l) => /^\d+ \| /.test(l));
    // The rule's own requirements only: no preamble statement, no sescdp consistency check.
    expect(rows).toHaveLength(ruleset.rules.filter((r) => r.basis === 'rule').length);
    expect(crosswalk).not.toMatch(/Preamble|sescdp consistency check|rule-set ids|re-approval requested before/i);
    expect(crosswalk).toContain('No cohort runs past 12 months, or 15 months for a participant OPM grants an extension | 5 CFR 412.302(c) | 8 Cohort duration and extensions | Met');
    expect(crosswalk).toContain('Formal training of at least 100 hours | 5 CFR 412.302(c)(2) | 10 Formal training | Met');
    expect(crosswalk).toContain('At least 10 hours of coaching | 5 CFR 412.302(c)(5) | 13 Coaching | Met');
    // A rate that cannot be compared yet is noted, never called met, and the note names no data field.
    expect(crosswalk).toContain('The placement rate meets OPM\'s minimum | 5 CFR 412.303(b) | 18 Program evaluation | Noted');
    expect(crosswalk).not.toMatch(/Met, with a note|opmMinimumPlacementRate|nprm-2025|cfr-2009/);
    expect(crosswalk).toContain('OPM has not yet set its minimum placement rate');
    const failing = text('crosswalk', withValues(example('compliant'), { 'training.totalHours': 90 }));
    expect(failing).toContain('Formal training of at least 100 hours | 5 CFR 412.302(c)(2) | 10 Formal training | Not met');
    expect(failing).toContain('Formal training must last at least 100 hours; the program plans 90 hours.');
  });
});

describe('render all', () => {
  it('renders every document with stable file names', () => {
    const docs = renderSet(DOCUMENT_IDS, { program: example('compliant'), ruleset, asOf: AS_OF });
    expect(docs.map((d) => d.base)).toEqual([
      'DFI-policy-2026-11-22',
      'DFI-edp-blank-2026-11-22',
      'DFI-evaluation-participant-blank-2026-11-22',
      'DFI-evaluation-cohort-2026-11-22',
      'DFI-evaluation-annual-2026-11-22',
      'DFI-transmittal-memo-2026-11-22',
      'DFI-compliance-crosswalk-2026-11-22',
    ]);
  });
});

describe('an unfinished program', () => {
  it('renders every document, with placeholders where answers are missing', () => {
    for (const [program, missing] of [
      [{}, '[Not provided: agency name]'],
      [example('legacy'), '[Not provided: accrediting organization]'],
    ] as [Program, string][]) {
      const docs = renderSet(DOCUMENT_IDS, { program, ruleset, asOf: AS_OF, participant: { name: 'Jo Example' }, cohort: { id: 'X-1' } });
      expect(docs).toHaveLength(DOCUMENT_IDS.length);
      expect(documentText(docs[0]!.model)).toContain(missing);
    }
  });
});

describe('under the 2009 rule in force', () => {
  it('renders every document, citing the 2009 numbers and leaving out what that rule does not require', () => {
    const rs2009 = loadRuleset('cfr-2009');
    const docs = renderSet(DOCUMENT_IDS, { program: example('legacy'), ruleset: rs2009, asOf: AS_OF, participant });
    const policy = documentText(docs[0]!.model);
    expect(policy).toContain('against the rule\'s minimum of 80 hours (5 CFR 412.302(c)(2))');
    expect(policy).toContain('the rule requires at least 12 months (5 CFR 412.302(c))');
    expect(policy).not.toContain('120 continuous days');
    const edp = documentText(renderDocument('edp', { program: example('legacy'), ruleset: rs2009, asOf: AS_OF, participant }));
    expect(edp).toContain('assignments outside the position of record totaling at least 4 months (5 CFR 412.302(c)(3)), counted as 120 days');
  });

  it('speaks only of the 2009 rule in the policy, the EDP, the memo and the crosswalk', () => {
    const rs2009 = loadRuleset('cfr-2009');
    const legacy = example('legacy');
    const read = (id: (typeof DOCUMENT_IDS)[number], extra: Partial<RenderInputs> = {}) => renderDocument(id, { program: legacy, ruleset: rs2009, asOf: AS_OF, ...extra });
    const models = [read('policy'), read('edp'), read('memo'), read('crosswalk')];
    // The evaluation forms go into a 2009 package too: they cite no proposed-only paragraph.
    for (const form of ['evaluation-annual', 'evaluation-cohort', 'evaluation-participant'] as const) {
      expect(documentText(read(form))).not.toMatch(/412\.303|412\.301\([cd]\)/);
    }
    expect(documentText(read('evaluation-annual'))).not.toContain('Not provided');
    for (const model of models) {
      const words = documentText(model);
      // No proposed-only paragraph, period or requirement.
      expect(words).not.toMatch(/412\.303|412\.301\([cd]\)|412\.302\(c\)\(5\)|412\.302\(b\)\(\d\)/);
      expect(words).not.toMatch(/triennial|validated|OPM's standardized EDP template|OPM's SESCDP policy template|certified coach|accountable for (organizational|results)|continuous days? of full-time|enterprise-wide|single overarching|every required topic|must be obtained/i);
      expect(words).not.toContain('Not provided');
      // No empty list: every list in the document has items.
      for (const b of model.blocks) if (b.kind === 'list') expect(b.items.length).toBeGreaterThan(0);
    }
    const policy = documentText(models[0]!);
    expect(policy).toContain('Submitted for OPM re-approval under the rule in force (2009)');
    expect(policy).toContain('The agency seeks OPM approval of this policy again every 5 years (5 CFR 412.301(b))');
    expect(policy).toContain('The agency consults OPM before implementing any change that substantially alters how the program complies with the rule (5 CFR 412.301(b))');
    expect(policy).toContain('The agency evaluates the program at least once a year, as 5 CFR 410.202 requires');
    expect(policy).toContain('that total at least 4 months (5 CFR 412.302(c)(3)), read as 120 days: 2 assignments of at least 60 days each, 120 days in all');
    expect(policy).toMatch(/^• recruitment$/m);
    expect(policy).not.toMatch(/^\d+ (Validated executive assessments|Coaching)$/m);
    // No topic table whose total disagrees with the text: the 2009 rule names no topics, so there is none.
    expect(policy).not.toContain('Total hours planned | 0');
    expect(policy).toContain('training experience of 80 hours');
    // A filled EDP (a participant of the other example, for its prose only): none of the proposal's requirements.
    const filled = documentText(read('edp', { participant }));
    expect(filled).not.toMatch(/second validated executive assessment|OPM's standardized EDP template|Results the participant is accountable for|every required topic/);
    const memo = documentText(models[2]!);
    expect(memo).toContain('Request for re-approval of the FMSA Senior Executive Service Candidate Development Program policy');
    expect(memo).toContain('developmental assignments (2 assignments of at least 60 days each, 120 days in all) and a mentor who is a member of the SES.');
    const crosswalk = documentText(models[3]!);
    expect(crosswalk).toContain('Requirements of the rule in force (2009)');
    expect(crosswalk).toContain('OPM consulted before a substantial change is implemented | 5 CFR 412.301(b) | 18 Re-approval and changes | Not applicable');
  });
});
