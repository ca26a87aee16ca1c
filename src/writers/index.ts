// The writers: one document model in, DOCX or PDF bytes out. Each loads its library on first use, so commands
// that never render (check, validate) do not pay for docx or pdfkit.

import type { DocumentModel } from '../document/model.js';

export async function writeDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { writeDocx: write } = await import('./docx/index.js');
  return write(doc);
}

export async function writePdf(doc: DocumentModel): Promise<Uint8Array> {
  const { writePdf: write } = await import('./pdf/index.js');
  return write(doc);
}
