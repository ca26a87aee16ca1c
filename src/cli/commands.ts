// The command registry. Commands load lazily so `validate` never pays for the document libraries.
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  help: string;
  load: () => Promise<CommandModule>;
}

const AS_OF = '  --as-of YYYY-MM-DD      judge dates as of this day instead of today (reproducible results)';
const RULESET = '  --ruleset ID            nprm-2025 (default: the proposed rule) or cfr-2009 (the rule in force)';

export const COMMANDS: Command[] = [
  {
    name: 'validate',
    usage: 'sescdp validate [program.yaml] [--ruleset ID] [--format text|json] [--as-of YYYY-MM-DD]',
    summary: 'check a program file against a rule set; every finding cites its CFR paragraph',
    help: [
      'Checks the program file (default ./sescdp.yaml) against a rule set.',
      '',
      RULESET,
      '  --format text|json      text (default): one line per finding; json: the stable contract in the README',
      AS_OF,
      '',
      'Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the input could not be read or parsed.',
    ].join('\n'),
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'gap',
    usage: 'sescdp gap [program.yaml] [--from cfr-2009] [--to nprm-2025] [--format text|json] [--as-of YYYY-MM-DD]',
    summary: 'list what a program approved under one rule must change to meet another',
    help: [
      'For a program written to one rule set (--from, default cfr-2009), lists every requirement of',
      'another (--to, default nprm-2025) it does not meet: requirement, the program\'s value, the required',
      'value, what the --from rule required, and the citation.',
      '',
      '  --from ID               rule set the program was approved under (default cfr-2009)',
      '  --to ID                 rule set it must now meet (default nprm-2025)',
      '  --format text|json      table (default) or JSON',
      AS_OF,
      '',
      'Exit status: 0 nothing to change, 1 changes needed, 2 the input could not be read or parsed.',
    ].join('\n'),
    load: () => import('./commands/gap.js'),
  },
  {
    name: 'rules',
    usage: 'sescdp rules [--ruleset ID] [--format text|json]',
    summary: 'list the rules a rule set checks, with severity and citation',
    help: ['Lists every rule of a rule set: id, severity, requirement and citation, then its parameters.', '', RULESET, '  --format text|json'].join('\n'),
    load: () => import('./commands/rules.js'),
  },
  {
    name: 'render',
    usage: 'sescdp render <document|all> [program.yaml] [--participant FILE] [--format docx|pdf|both] [--out DIR] [--as-of YYYY-MM-DD] [--ruleset ID] [--draft]',
    summary: 'write the policy, EDPs, evaluation forms, transmittal memo or compliance crosswalk as DOCX and PDF',
    help: [
      'Renders one document of the set, or all of them, from the program file (default ./sescdp.yaml).',
      '',
      'Documents:',
      '  policy                  the enterprise-wide SESCDP policy',
      '  edp                     an Executive Development Plan: from --participant FILE, or blank and fillable',
      '  evaluation-participant  the participant cohort evaluation (fillable)',
      '  evaluation-cohort       the program-manager cohort evaluation (fillable)',
      '  evaluation-annual       the annual overarching program evaluation (fillable)',
      '  memo                    the transmittal memo to OPM',
      '  crosswalk               the requirement-by-requirement compliance crosswalk',
      '  all                     every one of them (with --participant, also the blank EDP and evaluation)',
      '',
      '  --participant FILE      a participant record (YAML; schemas/participant.schema.json)',
      '  --format docx|pdf|both  default both',
      '  --out DIR               default out/',
      '  --draft                 write documents that still lack answers, stamped "DRAFT — NOT FOR SUBMISSION",',
      '                          each missing answer shown as a highlighted "[Not provided: ...]"',
      AS_OF.replace('judge dates', 'date the documents and judge dates'),
      RULESET,
      '',
      'Files are named AGENCY-document-DATE.docx/.pdf (a draft\'s end in -draft). Without --draft, nothing is written',
      'while an answer a document needs is missing: the command lists each one with its place in the file (exit 1).',
    ].join('\n'),
    load: () => import('./commands/render.js'),
  },
  {
    name: 'package',
    usage: 'sescdp package [program.yaml] [--type initial|reapproval|change] [--out DIR] [--draft] [--as-of YYYY-MM-DD] [--ruleset ID]',
    summary: 'build the approval or triennial re-approval package for OPM: documents, manifest and zip',
    help: [
      'Validates the program, then writes out/AGENCY-sescdp-TYPE-DATE/ with the transmittal memo, the policy and the',
      'compliance crosswalk (DOCX and PDF) and, for a re-approval, the completed annual overarching evaluation;',
      'manifest.json lists every file with its SHA-256 and size. A zip of the folder is written beside it.',
      'The same program and date always give a byte-identical zip.',
      '',
      '  --type TYPE             initial, reapproval or change (default: approval.submissionType in the program)',
      '  --out DIR               default out/',
      '  --draft                 build even when validate finds errors or a document lacks an answer; every page',
      '                          says "DRAFT — NOT FOR SUBMISSION"',
      AS_OF,
      RULESET,
      '',
      'Exit status: 0 built, 1 not built because validate found errors or a document lacks an answer (each listed',
      'with its place in the file), 2 the input could not be read.',
    ].join('\n'),
    load: () => import('./commands/package.js'),
  },
  {
    name: 'status',
    usage: 'sescdp status [program.yaml] [--ruleset ID] [--format text|json] [--as-of YYYY-MM-DD]',
    summary: 'deadlines at a glance: re-approval, graduations, QRB submissions, anything overdue',
    help: [
      'Shows the re-approval due date and the days left, each recorded cohort with its graduation and',
      'QRB submission deadline, and anything overdue.',
      '',
      RULESET,
      '  --format text|json',
      AS_OF,
      '',
      'Exit status: 0 nothing overdue, 1 something overdue, 2 the input could not be read.',
    ].join('\n'),
    load: () => import('./commands/status.js'),
  },
  {
    name: 'schema',
    usage: 'sescdp schema [program|cohort|participant]',
    summary: 'print the JSON Schema of a program, cohort or participant file',
    help: 'Prints a JSON Schema: program (default; schemas/sescdp.schema.json), cohort (schemas/cohort.schema.json)\nor participant (schemas/participant.schema.json).',
    load: () => import('./commands/schema.js'),
  },
  {
    name: 'init',
    usage: 'sescdp init [program.yaml] [--ruleset ID] [--as-of YYYY-MM-DD]',
    summary: 'write a program file by answering questions; each answer is checked and saved at once',
    help: [
      'Asks every question the program file (default ./sescdp.yaml) holds, in the order of the policy. Each answer',
      'is checked against the rule set as it is given (a "must" is refused, a "should" warned about) and saved at',
      'once. Run it again on an unfinished file to pick up where you stopped. Needs an interactive terminal.',
      '',
      '  --ruleset ID            the rule the program must meet (asked when not given; remembered in the file)',
      '  --as-of YYYY-MM-DD      judge dates as of this day instead of today',
      '',
      'Exit status: 0 done, 2 no terminal or the file could not be read, 130 stopped with Ctrl-C (answers kept).',
    ].join('\n'),
    load: () => import('./commands/init.js'),
  },
  {
    name: 'edit',
    usage: 'sescdp edit [program.yaml] [--section NAME] [--ruleset ID] [--as-of YYYY-MM-DD]',
    summary: 'revisit one section of a program file, keeping its comments and key order',
    help: [
      'Asks the questions of one section again, with the current answers as defaults, and saves each answer in',
      'place. Without --section, you pick the section. Needs an interactive terminal.',
      '',
      '  --section NAME          agency, erb, recruitment, assessments, cohort, edp, training, assignment, mentoring,',
      '                          coaching, progress, evaluation, approval, cohort-records, contacts',
      '  --ruleset ID            the rule to check answers against (default: the one init recorded, else nprm-2025)',
      '  --as-of YYYY-MM-DD      judge dates as of this day instead of today',
      '',
      'Exit status: 0 done, 2 no terminal or the file could not be read, 130 stopped with Ctrl-C (answers kept).',
    ].join('\n'),
    load: () => import('./commands/edit.js'),
  },
  {
    name: 'cohort',
    usage: 'sescdp cohort <cohort.yaml> [--program FILE] [--roster FILE] [--out DIR] [--format docx|pdf|both] [--as-of YYYY-MM-DD] [--ruleset ID] [--jobs N] [--draft]',
    summary: "check a subcomponent's cohort and write its calendar, evaluations and every participant's EDP",
    help: [
      'Checks the cohort against the umbrella policy (authorized subcomponent, cohort length, approval dates) and each',
      "participant's plan against the rule set (training hours and topics, assignment, mentor, coach, assessments).",
      'With no errors, writes OUT/AGENCY-cohort-ID-DATE/: the cohort calendar, the program-manager cohort evaluation,',
      "and each participant's EDP and participant evaluation, prefilled. The folder appears whole or not at all.",
      '',
      '  --program FILE          the umbrella program file (default: the cohort file\'s "program:", else ./sescdp.yaml)',
      '  --roster FILE           a roster CSV that seeds the participants (default: the cohort file\'s "roster:")',
      '  --out DIR               default out/',
      '  --format docx|pdf|both  default both',
      AS_OF.replace('judge dates', 'date the documents and judge dates'),
      RULESET,
      '  --jobs N                render on at most N threads (default: every core)',
      '  --draft                 write the documents despite errors, stamped "DRAFT — NOT FOR SUBMISSION"',
      '',
      'Exit status: 0 written, 1 the cohort has errors (nothing written), 2 the input could not be read or parsed.',
    ].join('\n'),
    load: () => import('./commands/cohort.js'),
  },
  {
    name: 'web',
    usage: 'sescdp web [--out FILE]',
    summary: 'write the browser edition: the whole tool as one HTML file that works offline',
    help: [
      'Copies the browser edition (one self-contained HTML file) to FILE (default ./sescdp.html; a folder gets',
      'sescdp.html inside it). Opened in Edge or Chrome it asks the same questions, runs the same checks and writes',
      'the same documents and packages as these commands, with no installation and no network connection.',
      '',
      '  --out FILE              where to write the page (default ./sescdp.html)',
      '',
      'Exit status: 0 written, 2 the page could not be written (or was never built: npm run build).',
    ].join('\n'),
    load: () => import('./commands/web.js'),
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
