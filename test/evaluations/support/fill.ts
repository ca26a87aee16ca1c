// Fills our forms the way other tools do, so the reader is tested against files it did not write:
// pdf-lib (a full save), an incremental update appended to the original bytes (as Acrobat and browsers save),
// pypdf (Python, Debian's python3-pypdf), and a DOCX whose content controls are edited as Word saves them.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFCheckBox, PDFDocument, PDFName, PDFRadioGroup, PDFString, PDFTextField, PDFHexString, type PDFRef } from 'pdf-lib';

/** Text fields take text; ratings "1"–"5" or "NA"; yes/no questions (and checkboxes) true/false. */
export type Answers = Record<string, string | boolean>;

export async function fillWithPdfLib(pdf: Uint8Array, answers: Answers): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const form = doc.getForm();
  for (const [name, value] of Object.entries(answers)) {
    const field = form.getField(name);
    if (field instanceof PDFTextField) field.setText(String(value));
    else if (field instanceof PDFRadioGroup) field.select(value === true ? 'Yes' : value === false ? 'No' : String(value));
    else if (field instanceof PDFCheckBox) (value ? field.check() : field.uncheck());
  }
  // pdf-lib would redraw every field in Helvetica, which cannot show the names' letters (Ł, ễ): keep our appearances.
  return doc.save({ updateFieldAppearances: false });
}

/** Sets the values in the field dictionaries and appends only those objects, with an xref section pointing back. */
export async function fillIncrementally(pdf: Uint8Array, answers: Answers): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const form = doc.getForm();
  const changed = new Set<PDFRef>();
  for (const [name, value] of Object.entries(answers)) {
    const field = form.getField(name);
    const ref = field.ref;
    if (field instanceof PDFTextField) field.acroField.dict.set(PDFName.of('V'), PDFHexString.fromText(String(value)));
    else {
      const state = value === true ? 'Yes' : value === false ? (field instanceof PDFRadioGroup ? 'No' : 'Off') : String(value);
      field.acroField.dict.set(PDFName.of('V'), PDFName.of(state));
      for (const widget of field.acroField.getWidgets()) {
        const on = widget.getOnValue()?.decodeText();
        widget.dict.set(PDFName.of('AS'), PDFName.of(on === state ? state : 'Off'));
        const widgetRef = doc.context.getObjectRef(widget.dict);
        if (widgetRef && widgetRef !== ref) changed.add(widgetRef);
      }
    }
    changed.add(ref);
  }
  const original = Buffer.from(pdf);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(original.toString('latin1'))![1]);
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const ref of [...changed].sort((a, b) => a.objectNumber - b.objectNumber)) {
    offsets.push([ref.objectNumber, original.length + Buffer.byteLength(body, 'latin1')]);
    body += `${ref.objectNumber} ${ref.generationNumber} obj\n${doc.context.lookup(ref)!.toString()}\nendobj\n`;
  }
  const xrefAt = original.length + Buffer.byteLength(body, 'latin1');
  body += 'xref\n';
  for (const [num, at] of offsets) body += `${num} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  const trailer = doc.context.trailerInfo;
  body += `trailer\n<< /Size ${doc.context.largestObjectNumber + 1} /Root ${trailer.Root!.toString()} /Info ${trailer.Info!.toString()} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([original, Buffer.from(body, 'latin1')]);
}

const PYPDF_FILL = `
import sys, json
from pypdf import PdfReader, PdfWriter
src, dst, answers = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
reader = PdfReader(src)
writer = PdfWriter()
writer.clone_reader_document_root(reader)
values = {k: ("/Yes" if v is True else "/No" if v is False else ("/" + v if k.startswith(("rating_", "growth_")) else v)) for k, v in answers.items()}
for page in writer.pages:
    writer.update_page_form_field_values(page, values)
writer.write(dst)
`;

/** Debian's python3 with python3-pypdf (the pyenv python3 on PATH may lack it). */
export function pypdfPython(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(python, ['-c', 'import pypdf'], { encoding: 'utf8' }).status === 0) return python;
  }
  return undefined;
}

export function fillWithPypdf(python: string, src: string, dst: string, answers: Answers): void {
  const r = spawnSync(python, ['-c', PYPDF_FILL, src, dst, JSON.stringify(answers)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pypdf failed: ${r.stderr}`);
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Edits the content controls tagged with each answer's field name, as Word leaves them after typing or choosing. */
export function fillDocx(docx: Uint8Array, answers: Answers): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml']!);
  for (const [name, value] of Object.entries(answers)) {
    const sdt = new RegExp(`<w:sdt>(<w:sdtPr>(?:(?!</w:sdtPr>).)*<w:tag w:val="${name}"/>(?:(?!</w:sdtPr>).)*</w:sdtPr>)<w:sdtContent>((?:(?!</w:sdtContent>).)*)</w:sdtContent></w:sdt>`, 's');
    const match = sdt.exec(xml);
    if (!match) throw new Error(`no content control tagged ${name}`);
    let props = match[1]!.replace('<w:showingPlcHdr/>', '');
    let content: string;
    if (props.includes('<w14:checkbox>')) {
      props = props.replace(/<w14:checked w14:val="[01]"\/>/, `<w14:checked w14:val="${value ? 1 : 0}"/>`);
      content = `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>${value ? '\u2612' : '\u2610'}</w:t></w:r>`;
    } else {
      const shown = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value === 'NA' ? 'N/A' : value;
      content = String(shown)
        .split('\n')
        .map((line, i) => `<w:r>${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`)
        .join('');
    }
    xml = xml.replace(match[0], `<w:sdt>${props}<w:sdtContent>${content}</w:sdtContent></w:sdt>`);
  }
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

export function rewrite(file: string, change: (bytes: Uint8Array) => Uint8Array): void {
  writeFileSync(file, change(readFileSync(file)));
}

/** Replaces the embedded identity (both carriers of a PDF) — to make a form of another agency or an old version. */
export async function withIdentity(pdf: Uint8Array, change: (identity: Record<string, unknown>) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const field = doc.getForm().getTextField('sescdp_form');
  const identity = JSON.parse(field.getText()!) as Record<string, unknown>;
  change(identity);
  field.acroField.dict.set(PDFName.of('V'), PDFString.of(JSON.stringify(identity)));
  doc.setKeywords([]);
  const info = doc.context.lookup(doc.context.trailerInfo.Info) as unknown as { set(k: PDFName, v: PDFString): void };
  info.set(PDFName.of('SescdpForm'), PDFString.of(JSON.stringify(identity)));
  return doc.save({ updateFieldAppearances: false });
}
