// DocumentModel → .docx (the docx library), then made deterministic (package.ts).

import { Document, Footer, Header, Packer, PageNumber, Paragraph, AlignmentType, BorderStyle, TextRun } from 'docx';
import { encodeFormIdentity, FORM_IDENTITY_KEY } from '../../document/form-identity.js';
import type { DocumentMeta, DocumentModel } from '../../document/model.js';
import { COLOR, CONTENT_WIDTH, DOCX_TYPE, PAGE } from '../theme.js';
import { DocxBlocks } from './blocks.js';
import { packDocument } from './package.js';
import { documentStyles, STYLE } from './styles.js';
import { eighths, halfPoints, twips } from './units.js';

/**
 * Word cannot cut a header line short, and a header taller than the top margin pushes into the page, so long
 * header text is cut here with "…" at an estimate of what fits (average Arial glyph ≈ 0.55 em, bold 0.6 em).
 */
function fitLine(text: string, size: number, bold: boolean): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const max = Math.floor(CONTENT_WIDTH / (size * (bold ? 0.6 : 0.55)));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function runningHeader(meta: DocumentMeta): Header {
  const children: Paragraph[] = [];
  if (meta.stamp) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: twips(2) },
        children: [new TextRun({ text: fitLine(meta.stamp, DOCX_TYPE.running + 1, true), bold: true, color: COLOR.stamp, size: halfPoints(DOCX_TYPE.running + 1) })],
      }),
    );
  }
  children.push(
    new Paragraph({
      style: STYLE.running,
      border: { bottom: { style: BorderStyle.SINGLE, size: eighths(0.5), color: COLOR.rule, space: 3 } },
      children: [new TextRun({ text: fitLine(meta.headerText ?? meta.title, DOCX_TYPE.running, false) })],
    }),
  );
  return new Header({ children });
}

function runningFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.running,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  const { meta } = model;
  const blocks = new DocxBlocks();
  const children = blocks.convert(model.blocks);
  if (!children.length) children.push(new Paragraph({ children: [] }));
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    revision: 1,
    ...(meta.form ? { customProperties: [{ name: FORM_IDENTITY_KEY, value: encodeFormIdentity(meta.form) }] } : {}),
    styles: documentStyles(),
    numbering: blocks.numbering.options(),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.margin.top),
              right: twips(PAGE.margin.right),
              bottom: twips(PAGE.margin.bottom),
              left: twips(PAGE.margin.left),
              header: twips(PAGE.headerFromEdge),
              footer: twips(PAGE.footerFromEdge),
            },
          },
        },
        headers: { default: runningHeader(meta) },
        footers: { default: runningFooter() },
        children,
      },
    ],
  });
  return packDocument(document, Packer as unknown as Parameters<typeof packDocument>[1], meta);
}
