// Reads one file from disk as a form: the bytes, their modification time, and the result or the reason.
import { statSync } from 'node:fs';
import { readBytes } from '../platform/files.js';
import { FormReadError, MAX_FORM_BYTES, type FilledForm } from './filled-form.js';
import type { RejectedForm } from './findings.js';
import { readForm } from './read-form.js';

export interface ReadJob {
  id: number;
  file: string;
}

export type ReadReply = { id?: number; form: FilledForm } | { id?: number; rejected: RejectedForm };

export async function readFormFile(file: string): Promise<ReadReply> {
  try {
    const stat = statSync(file);
    // A pipe or device would never end; /proc files claim to be empty (readBytes refuses those too).
    if (!stat.isFile()) throw new FormReadError('it is not a regular file (a pipe, a device or a folder), so it cannot be a form', 'form-unreadable');
    // Checked before reading, so a 200 MB file is never loaded.
    if (stat.size > MAX_FORM_BYTES) throw new FormReadError(`the file is ${Math.round(stat.size / 1048576)} MB, larger than any evaluation form (50 MB at most)`, 'form-too-large');
    const form = await readForm(file, readBytes(file, MAX_FORM_BYTES));
    form.modified = stat.mtimeMs;
    return { form };
  } catch (err) {
    if (err instanceof FormReadError) return { rejected: { file, ruleId: err.ruleId, reason: err.reason } };
    const code = (err as NodeJS.ErrnoException).code;
    if (code) return { rejected: { file, ruleId: 'form-unreadable', reason: `the file could not be read (${code})` } };
    return { rejected: { file, ruleId: 'form-unreadable', reason: `the file could not be read as a form (${(err as Error).message})` } };
  }
}
