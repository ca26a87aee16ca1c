// Puts a built package on disk: its folder and its zip replace the previous ones together or not at all
// (io/staged-output.ts). The zip is flushed to disk and read back before the swap, so a full disk or a bad write
// fails here, with the previous package intact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StagedOutput } from '../io/staged-output.js';
import type { BuiltPackage } from './build.js';

/** Returns the folder's path; the zip is that path + ".zip". */
export function writePackage(outDir: string, built: BuiltPackage): string {
  const zip = `${built.name}.zip`;
  const staged = StagedOutput.begin(outDir, [built.name, zip]);
  try {
    staged.folder(built.name);
    for (const [file, bytes] of built.files) staged.write(`${built.name}/${file}`, bytes);
    staged.write(zip, built.zip, { durable: true });
    if (!Buffer.from(built.zip).equals(readFileSync(staged.pathOf(zip)))) throw new Error(`the zip read back differs from what was written: ${zip}`);
    staged.commit();
  } catch (err) {
    staged.abort();
    throw err;
  }
  return join(outDir, built.name);
}
