// Writes a folder of files so that readers see either the old folder or the complete new one: files go into a
// staging folder as they are ready (a large batch need not be held in memory), then a rename swaps it into place.
import { basename, dirname } from 'node:path';
import { StagedOutput } from './staged-output.js';

export class StagedDirectory {
  private constructor(
    private readonly staged: StagedOutput,
    private readonly name: string,
  ) {
    staged.folder(name);
  }

  static begin(target: string): StagedDirectory {
    return new StagedDirectory(StagedOutput.begin(dirname(target), [basename(target)]), basename(target));
  }

  write(path: string, data: Uint8Array): void {
    this.staged.write(`${this.name}/${path}`, data);
  }

  /** Puts the new folder in place of the old one, which is removed only once the new one is there. */
  commit(): void {
    this.staged.commit();
  }

  /** Removes what was staged; the old folder, if any, is untouched. */
  abort(): void {
    this.staged.abort();
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
