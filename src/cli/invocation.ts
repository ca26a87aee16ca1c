// How the user runs sescdp, so that every hint prints a command they can paste: `sescdp` when the command on their
// PATH is this very program (a global install), `npx sescdp` otherwise (installed in a project, or a clone).
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';

let cached: string | undefined;

export function commandName(): string {
  cached ??= onPath() ? 'sescdp' : 'npx sescdp';
  return cached;
}

/** A command line the user can paste: the way they run sescdp, then the arguments (quoted when they need it). */
export function commandLine(args: readonly string[]): string {
  return [commandName(), ...args.map((a) => (/^[\w./@:=+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))].join(' ');
}

/** Whether `sescdp` found on the PATH (outside the node_modules/.bin folders npx and npm add) is this script. */
function onPath(): boolean {
  const script = realpathOrUndefined(process.argv[1] ?? '');
  if (!script) return false;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.split(sep).includes('node_modules')) continue;
    const candidate = join(dir, process.platform === 'win32' ? 'sescdp.cmd' : 'sescdp');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    return process.platform === 'win32' || realpathOrUndefined(candidate) === script;
  }
  return false;
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
