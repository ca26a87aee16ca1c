// The wizard needs a person at a terminal. Without one (piped input, CI) it says how to write the
// program file by hand instead, and the command exits 2.
import { join, relative } from 'node:path';
import { EXIT } from '../cli/exit-codes.js';
import { packageRoot, schemaDir } from '../paths.js';

export function refuseWithoutTty(command: string): number | undefined {
  const missing = [!process.stdin.isTTY && 'input', !process.stdout.isTTY && 'output'].filter(Boolean);
  if (!missing.length) return undefined;
  const here = (path: string) => relative(process.cwd(), path) || path;
  process.stderr.write(
    [
      `sescdp ${command}: the wizard asks questions at a terminal, but the standard ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not one.`,
      `Write the program file by hand instead: follow the JSON Schema in ${here(join(schemaDir, 'sescdp.schema.json'))} ("sescdp schema" prints it),`,
      `start from the example ${here(join(packageRoot, 'examples', 'dfi', 'sescdp.yaml'))}, and check it with "sescdp validate".`,
      '',
    ].join('\n'),
  );
  return EXIT.badInput;
}

/** Ctrl-C between two prompts arrives as a signal, not a keypress: answer it the same way. */
export function onInterrupt(line: () => string): () => void {
  const handler = () => {
    process.stdout.write(`\n${line()}\n`);
    process.exit(130);
  };
  process.on('SIGINT', handler);
  return () => process.removeListener('SIGINT', handler);
}
