// Writes a folder of files so that readers see either the old folder or the complete new one:
// everything goes into a temporary sibling first, then renames swap it into place.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeDirectoryAtomic(target: string, files: ReadonlyMap<string, Uint8Array>): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(target)}.tmp-${stamp}`);
  const retired = join(parent, `.${basename(target)}.old-${stamp}`);
  try {
    for (const [path, data] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    let hadOld = false;
    try {
      renameSync(target, retired);
      hadOld = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    try {
      renameSync(staging, target);
    } catch (err) {
      if (hadOld) renameSync(retired, target); // put the old package back
      throw err;
    }
    if (hadOld) rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
