// The files `sescdp evaluations` is given: files as named, folders searched (subfolders too) for .pdf and .docx.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';

/** More files than any agency's evaluations: a wrong folder (a home directory, a drive) is refused, not crawled. */
export const MAX_FILES = 20000;
const FORM_FILE = /\.(pdf|docx)$/i;

export function collectFormFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const add = (file: string) => {
    files.push(file);
    if (files.length > MAX_FILES) throw new InputError(paths.join(' '), [{ message: `more than ${MAX_FILES} form files: name the folder that holds the evaluation forms` }]);
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(path, [{ message: 'no such file or folder' }]);
    }
    if (stat.isDirectory()) searchFolder(path, add);
    else add(path);
  }
  return [...new Set(files)];
}

function searchFolder(folder: string, add: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new InputError(folder, [{ message: `the folder could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  for (const entry of entries) {
    // Hidden files and Word's lock files (~$name.docx) are never forms.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) searchFolder(path, add);
    else if (entry.isFile() && FORM_FILE.test(entry.name)) add(path);
  }
}
