// `sescdp init [program.yaml]`: the interactive wizard that writes (or finishes) a program file.
import { loadRuleset } from '../../rules/ruleset.js';
import { runInit, stoppedLine } from '../../wizard/init-flow.js';
import { onInterrupt, refuseWithoutTty } from '../../wizard/interactive.js';
import type { NextStep } from '../../wizard/review.js';
import { processTerminal } from '../../wizard/terminal.js';
import { asOfOption, DEFAULT_PROGRAM_FILE, parseCommandArgs } from '../args.js';
import { findCommand } from '../commands.js';
import { useColour } from '../style.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('init', argv, { ruleset: { type: 'string' }, 'as-of': { type: 'string' } }, 1);
  const asOf = asOfOption(values['as-of'], 'init');
  const ruleset = typeof values.ruleset === 'string' ? loadRuleset(values.ruleset).id : undefined;
  const file = positionals[0] ?? DEFAULT_PROGRAM_FILE;
  const refused = refuseWithoutTty('init');
  if (refused !== undefined) return refused;
  const stop = onInterrupt(() => stoppedLine(file));
  try {
    return await runInit({ file, term: processTerminal(useColour(process.stdout)), asOf, ruleset, nextSteps: nextSteps() });
  } finally {
    stop();
  }
}

/** What the review can offer once the file is written: whichever of these commands exist. */
function nextSteps(): NextStep[] {
  const offers: [string, string][] = [
    ['package', 'Build the approval package for OPM'],
    ['render', 'Render the documents'],
  ];
  return offers.flatMap(([name, label]) => {
    const command = findCommand(name);
    return command ? [{ name, label, run: async (file: string) => (await command.load()).run([file]) }] : [];
  });
}
