// `sescdp edit [program.yaml] [--section NAME]`: revisits one section of an existing program file.
import { didYouMean } from '../../model/did-you-mean.js';
import { loadRuleset } from '../../rules/ruleset.js';
import { runEdit } from '../../wizard/edit-flow.js';
import { onInterrupt, refuseWithoutTty } from '../../wizard/interactive.js';
import { findSection, SECTIONS } from '../../wizard/sections/index.js';
import { processTerminal } from '../../wizard/terminal.js';
import { asOfOption, DEFAULT_PROGRAM_FILE, parseCommandArgs } from '../args.js';
import { commandLine } from '../invocation.js';
import { useColour } from '../style.js';
import { UsageError } from '../usage-error.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'edit',
    argv,
    { section: { type: 'string' }, ruleset: { type: 'string' }, 'as-of': { type: 'string' } },
    1,
  );
  const asOf = asOfOption(values['as-of'], 'edit');
  const ruleset = typeof values.ruleset === 'string' ? loadRuleset(values.ruleset).id : undefined;
  const section = values.section === undefined ? undefined : sectionOption(values.section);
  const file = positionals[0] ?? DEFAULT_PROGRAM_FILE;
  const refused = refuseWithoutTty('edit');
  if (refused !== undefined) return refused;
  const stop = onInterrupt(() => `Stopped. Every answer so far is saved in ${file}; run "${commandLine(['edit', file])}" to go on.`);
  try {
    return await runEdit({ file, term: processTerminal(useColour(process.stdout)), asOf, section, ruleset });
  } finally {
    stop();
  }
}

function sectionOption(value: string | boolean) {
  const ids = SECTIONS.map((s) => s.id);
  const section = typeof value === 'string' ? findSection(value) : undefined;
  if (section) return section;
  const hint = typeof value === 'string' ? didYouMean(value, ids) : undefined;
  throw new UsageError(`--section must be one of ${ids.join(', ')} (got "${String(value)}")${hint ? ` — did you mean "${hint}"?` : ''}`, 'edit');
}
