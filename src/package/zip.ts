// A deterministic zip: entries sorted by path, every timestamp the same fixed moment, fixed
// compression level. The same files give byte-identical archives on any machine and time zone.
import { zipSync, type Zippable } from 'fflate';

/** DOS time has no zone: fflate reads the local fields, so build the date from local fields too. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    // DOCX and PDF files are compressed already: storing them saves the time of deflating them again for nothing.
    const level = /\.(docx|pdf|zip)$/i.test(path) ? 0 : 6;
    tree[path] = [files.get(path)!, { mtime: FIXED_TIME, level, os: 3, attrs: 0o644 << 16 }];
  }
  return zipSync(tree, { mtime: FIXED_TIME });
}
