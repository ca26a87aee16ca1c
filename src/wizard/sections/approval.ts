// What this submission to OPM is, and the program's approval history.
import type { Section } from '../question.js';
import { enumOptions } from '../schema-enums.js';
import { choose, date, text } from './build.js';

const KINDS: Record<string, string> = {
  initial: "First approval: the agency has no approved SESCDP policy yet",
  reapproval: 'Re-approval of an approved policy',
  change: 'A substantial change to an approved policy',
};
const approvedBefore = (s: { get(key: string): unknown }) => s.get('approval.submissionType') !== undefined && s.get('approval.submissionType') !== 'initial';

export const approval: Section = {
  id: 'approval',
  title: 'Approval history',
  questions: [
    choose('approval.submissionType', 'Submission', 'What are you submitting to OPM?', {
      choices: () => enumOptions('approval.submissionType').map((id) => ({ value: id, name: KINDS[id] ?? id })),
    }),
    date('approval.initialApprovalDate', 'First approved', 'When did OPM first approve the program?', { when: approvedBefore, fact: () => true }),
    date('approval.lastApprovalDate', 'Last approved', 'When did OPM last approve (or re-approve) it?', {
      when: approvedBefore,
      fact: () => true,
      sanity: (v, s) => {
        const first = s.get('approval.initialApprovalDate');
        return typeof first === 'string' && typeof v === 'string' && v < first ? `The last approval cannot come before the first (${first}).` : undefined;
      },
    }),
    text('approval.changeSummary', 'What changes', 'What substantially changes?', {
      when: (s) => s.get('approval.submissionType') === 'change',
      example: 'Cohorts shortened to 12 months; a second assessment added',
    }),
    date('approval.opmConsultation.date', 'OPM consulted on', 'When did the agency consult OPM about the change (before implementing it)?', {
      when: (s) => s.get('approval.submissionType') === 'change',
      fact: () => true,
    }),
    text('approval.opmConsultation.summary', 'What OPM was told', 'What was discussed with OPM, and its outcome?', {
      when: (s) => s.get('approval.submissionType') === 'change',
      example: 'Call with OPM Executive Services on the shorter cohort; OPM had no objection',
    }),
  ],
};
