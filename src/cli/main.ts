#!/usr/bin/env node
// Entry point: dispatches to a command and turns every expected failure into a one-line
// message and an exit code. Users never see a stack trace (set SESCDP_DEBUG=1 to get one).
import { InputError } from '../model/input-error.js';
import { environmentMessage } from '../io/write-error.js';
import { visible } from '../model/visible-text.js';
import { toolVersion } from '../tool-version.js';
import { COMMANDS, findCommand } from './commands.js';
import { didYouMean } from '../model/did-you-mean.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'sescdp — build and check the documents of an SES Candidate Development Program (5 CFR 412 subpart C)',
    '',
    'Usage: sescdp <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "sescdp <command> --help" for a command\'s options. The program file defaults to ./sescdp.yaml.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a mistake (a script would otherwise carry on as if something ran): the overview, on stderr.
    process.stderr.write(`${overview()}\n`);
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && !rest[0])) {
    process.stdout.write(`${overview()}\n`);
    return EXIT.ok;
  }
  if (name === 'help') return main([rest[0]!, '--help']);
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  const command = findCommand(name);
  try {
    if (!command) {
      const hint = didYouMean(name, COMMANDS.map((c) => c.name));
      throw new UsageError(`unknown command "${name}"${hint ? ` — did you mean "${hint}"?` : ''}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`Usage: ${command.usage}\n\n${command.help}\n`);
      return EXIT.ok;
    }
    const module = await command.load();
    return await module.run(rest);
  } catch (err) {
    return report(err, command?.name);
  }
}

function report(err: unknown, command?: string): number {
  if (err instanceof InputError) {
    process.stderr.write(`${err.format()}\n`);
    return EXIT.badInput;
  }
  if (err instanceof UsageError) {
    const about = err.command ?? command;
    process.stderr.write(`sescdp${about ? ` ${about}` : ''}: ${visible(err.message)}\nRun "sescdp ${about ? `${about} ` : ''}--help" for usage.\n`);
    return EXIT.badInput;
  }
  const environment = environmentMessage(err);
  if (environment) {
    process.stderr.write(`sescdp: ${visible(environment)}\n`);
    return EXIT.badInput;
  }
  if (process.env.SESCDP_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.stderr.write(`sescdp: internal error: ${visible((err as Error)?.message ?? String(err))}\nPlease report it with the command you ran (SESCDP_DEBUG=1 shows details).\n`);
  return EXIT.internal;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.exitCode = report(err);
  },
);
