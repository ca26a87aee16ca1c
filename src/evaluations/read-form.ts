// One file's bytes → a filled form, whichever format it is: told apart by content, never by file name.
import { FormReadError, MAX_FORM_BYTES, type FilledForm } from './filled-form.js';
import { readDocxForm } from './read-docx.js';
import { readPdfForm } from './read-pdf.js';

function startsWith(bytes: Uint8Array, text: string, within = 0): boolean {
  const limit = Math.min(bytes.length - text.length, within);
  for (let at = 0; at <= limit; at++) {
    let match = true;
    for (let i = 0; i < text.length && match; i++) match = bytes[at + i] === text.charCodeAt(i);
    if (match) return true;
  }
  return false;
}

export async function readForm(file: string, bytes: Uint8Array): Promise<FilledForm> {
  if (bytes.byteLength > MAX_FORM_BYTES) throw new FormReadError(`the file is ${Math.round(bytes.byteLength / 1048576)} MB, larger than any evaluation form (50 MB at most)`, 'form-too-large');
  // A PDF may have a few bytes of junk before its header (readers allow 1 KB).
  if (startsWith(bytes, '%PDF-', 1024)) return readPdfForm(file, bytes);
  if (startsWith(bytes, 'PK\u0003\u0004')) return readDocxForm(file, bytes);
  throw new FormReadError('the file is neither a PDF nor a Word document', 'form-unknown-file');
}
