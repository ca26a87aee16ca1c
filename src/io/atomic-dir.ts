// Writes a folder of files so that readers see either the old folder or the complete new one: files go into a
// temporary sibling as they are ready (a large batch need not be held in memory), then renames swap it into place.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class StagedDirectory {
  private readonly staging: string;
  private done = false;

  private constructor(private readonly target: string) {
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    this.staging = join(parent, `.${basename(target)}.tmp-${process.pid}-${Date.now()}`);
    mkdirSync(this.staging);
  }

  static begin(target: string): StagedDirectory {
    return new StagedDirectory(target);
  }

  write(path: string, data: Uint8Array): void {
    const file = join(this.staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }

  /** Puts the new folder in place of the old one, which is removed only once the new one is there. */
  commit(): void {
    const retired = `${this.staging.replace('.tmp-', '.old-')}`;
    let hadOld = false;
    try {
      renameSync(this.target, retired);
      hadOld = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    try {
      renameSync(this.staging, this.target);
    } catch (err) {
      if (hadOld) renameSync(retired, this.target); // put the old folder back
      this.abort();
      throw err;
    }
    this.done = true;
    if (hadOld) rmSync(retired, { recursive: true, force: true });
  }

  /** Removes what was staged; the old folder, if any, is untouched. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.staging, { recursive: true, force: true });
  }
}

export function writeDirectoryAtomic(target: string, files: ReadonlyMap<string, Uint8Array>): void {
  const dir = StagedDirectory.begin(target);
  try {
    for (const [path, data] of files) dir.write(path, data);
    dir.commit();
  } catch (err) {
    dir.abort();
    throw err;
  }
}
