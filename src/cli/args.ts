// Argument parsing for every command: node's parseArgs, with its errors turned into usage errors
// and the options shared by several commands (--as-of, --format, --ruleset) checked in one place.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, MAX_YEAR, MIN_YEAR, today, type IsoDate } from '../model/dates.js';
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
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''), command);
  }
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
    throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${String(value)}")`, command);
  }
  return value as T;
}

export const DEFAULT_PROGRAM_FILE = 'sescdp.yaml';
