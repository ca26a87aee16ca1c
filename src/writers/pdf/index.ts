// DocumentModel → tagged, accessible PDF (pdfkit). Deterministic: dates come from meta.created, pdfkit derives
// the file /ID from the document info, and font subset tags from font ids, so the same model gives the same bytes.

import { encodeFormIdentity, FORM_IDENTITY_KEY } from '../../document/form-identity.js';
import type { DocumentModel } from '../../document/model.js';
import { PAGE } from '../theme.js';
import { FACES, fonts } from './fonts.js';
import { layoutDocument } from './layout/index.js';
import { PdfkitMetrics } from './metrics.js';
import { paintDocument } from './paint.js';
import { PDFDocument } from './pdfkit.js';
import { escapeXmpMetadata, shareShapedWords } from './pdfkit-internals.js';

export const PDF_PRODUCER = 'sescdp document engine (pdfkit)';

export async function writePdf(model: DocumentModel): Promise<Uint8Array> {
  const created = new Date(model.meta.created);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: model.meta.language,
    displayTitle: true,
    compress: true,
    info: {
      Title: model.meta.title,
      Author: model.meta.author,
      Subject: model.meta.subject,
      Creator: 'sescdp',
      Producer: PDF_PRODUCER,
      CreationDate: created,
      ModDate: created,
      ...(model.meta.form ? { [FORM_IDENTITY_KEY]: encodeFormIdentity(model.meta.form) } : {}),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  shareShapedWords(doc);
  escapeXmpMetadata(doc);
  const parsed = fonts();
  for (const face of FACES) doc.registerFont(face, parsed[face] as unknown as Buffer);
  const metrics = new PdfkitMetrics(doc);
  const layout = layoutDocument(model, metrics);
  paintDocument(doc, layout, model.meta, metrics);
  doc.end();
  await finished;
  return concatBytes(chunks);
}

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
