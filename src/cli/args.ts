// Argument parsing for every command: node's parseArgs, with its errors turned into usage errors
// and the options shared by several commands (--as-of, --format, --ruleset) checked in one place.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, MAX_YEAR, MIN_YEAR, today, type IsoDate } from '../model/dates.js';
import { didYouMean } from '../model/did-you-mean.js';
import { declaredRuleset } from '../model/program-ruleset.js';
import type { Program } from '../model/program.js';
import { InputError } from '../model/input-error.js';
import { availableRulesets, DEFAULT_RULESET, loadRuleset, type Ruleset } from '../rules/ruleset.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, argv: string[], options: Options, maxPositionals: number): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (positionals.length > maxPositionals) throw new UsageError(`unexpected argument "${positionals[maxPositionals]}"`, command);
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}${optionHint(err, options)}`, command);
  }
}

/** "Unknown option '--fromat'" gets the nearest option this command has. */
function optionHint(err: unknown, options: Options): string {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const typed = /'(-{1,2}[^']+)'/.exec((err as Error).message)?.[1]?.replace(/^-+/, '').split('=')[0];
  const hint = typed ? didYouMean(typed, [...Object.keys(options), 'help']) : undefined;
  return hint ? ` — did you mean "--${hint}"?` : '';
}

export function asOfOption(value: string | boolean | undefined, command: string): IsoDate {
  if (value === undefined) return today();
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new UsageError(`--as-of needs a real date written YYYY-MM-DD, from ${MIN_YEAR} to ${MAX_YEAR} (got "${String(value)}")`, command);
  }
  return value;
}

export function choiceOption<T extends string>(value: string | boolean | undefined, name: string, choices: readonly T[], fallback: T, command: string): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !choices.includes(value as T)) {
    const hint = typeof value === 'string' ? didYouMean(value, choices) : undefined;
    const what = /^[a-z]+$/.test(name) && !POSITIONAL_NAMES.has(name) ? `--${name}` : `the ${name}`;
    throw new UsageError(`${what} must be one of ${choices.join(', ')} (got "${String(value)}")${hint ? ` — did you mean "${hint}"?` : ''}`, command);
  }
  return value as T;
}

/** Names choiceOption is given for positional arguments, not options. */
const POSITIONAL_NAMES = new Set(['document', 'schema']);

/** A rule-set id given as --NAME, checked (with a did-you-mean) before any file is read. */
export function rulesetIdOption(value: string | boolean | undefined, name: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  const known = availableRulesets();
  if (typeof value === 'string' && known.includes(value)) return value;
  const hint = typeof value === 'string' ? didYouMean(value, known) : undefined;
  throw new UsageError(`--${name} must be one of ${known.join(', ')} (got "${String(value)}")${hint ? ` — did you mean "${hint}"?` : ''}`, command);
}

/**
 * The rule set a command judges a program by: --ruleset when given, else the one the program file names
 * (its `ruleset:` key, or an old file's header comment), else the proposed rule.
 */
export function rulesetOption(value: string | boolean | undefined, command: string, program?: { file: string; program: Program; text: string }): Ruleset {
  const chosen = rulesetIdOption(value, 'ruleset', command);
  if (chosen) return loadRuleset(chosen);
  const known = availableRulesets();
  const declared = program ? declaredRuleset(program.program, program.text) : undefined;
  if (declared === undefined) return loadRuleset(DEFAULT_RULESET);
  if (!known.includes(declared)) {
    const hint = didYouMean(declared, known);
    throw new InputError(program!.file, [{ line: 1, message: `the header comment names an unknown rule set "${declared}"; choose one of ${known.join(', ')}${hint ? ` — did you mean "${hint}"?` : ''}` }]);
  }
  return loadRuleset(declared);
}

export const DEFAULT_PROGRAM_FILE = 'sescdp.yaml';
