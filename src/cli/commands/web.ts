// `sescdp web [--out FILE]`: hands out the browser edition, the one HTML file `npm run build` writes
// (dist/web/sescdp.html), by copying it where the user wants it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { InputError } from '../../model/input-error.js';
import { packageRoot } from '../../paths.js';
import { parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';

export const WEB_PAGE = join(packageRoot, 'dist', 'web', 'sescdp.html');
const DEFAULT_NAME = 'sescdp.html';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('web', argv, { out: { type: 'string' } }, 0);
  if (!existsSync(WEB_PAGE)) throw new InputError(WEB_PAGE, [{ message: 'the browser edition has not been built: run "npm run build" first' }]);
  const wanted = typeof values.out === 'string' ? values.out : DEFAULT_NAME;
  const target = existsSync(wanted) && statSync(wanted).isDirectory() ? join(wanted, DEFAULT_NAME) : wanted;
  const page = readFileSync(WEB_PAGE);
  try {
    writeFileAtomic(target, page);
  } catch (err) {
    throw new InputError(target, [{ message: `cannot write the page here (${(err as NodeJS.ErrnoException).code ?? String(err)})` }]);
  }
  process.stdout.write(
    [
      `Wrote ${target} (${(page.byteLength / 1048576).toFixed(1)} MB), the browser edition of sescdp.`,
      'Open it in Edge or Chrome: nothing to install, and it works offline (it makes no network connection).',
      'Hand it to staff on a shared drive or by e-mail; each person\'s work stays in their own browser.',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
