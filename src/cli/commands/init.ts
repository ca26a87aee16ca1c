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
    const dated = values['as-of'] === undefined ? [] : ['--as-of', asOf];
    return await runInit({ file, term: processTerminal(useColour(process.stdout)), asOf, ruleset, nextSteps: nextSteps(file, dated) });
  } finally {
    stop();
  }
}

/**
 * What the review can offer once the file is written, each run as the command line it shows: the file names its
 * rule set, and the date the wizard judged by (--as-of) carries over.
 */
export function nextSteps(file: string, dated: readonly string[]): NextStep[] {
  const offers: [string, string[]][] = [
    ['Build the approval package for OPM', ['package', file, ...dated]],
    // Final documents need every answer they print, and the wizard does not yet ask them all: drafts show what is missing.
    ['Build a draft package (missing answers shown)', ['package', file, '--draft', ...dated]],
    ['Render the documents', ['render', 'all', file, ...dated]],
    ['Render drafts of the documents (missing answers shown)', ['render', 'all', file, '--draft', ...dated]],
  ];
  return offers.flatMap(([label, args]) => {
    const command = findCommand(args[0]!);
    return command ? [{ label, args, run: async () => (await command.load()).run(args.slice(1)) }] : [];
  });
}
