// Reads a filled PDF form with pdf-lib: the identity from the document info, each field's value from the
// AcroForm. Forms saved by Acrobat, Preview, browsers or pypdf (incremental updates included) keep both.
import { EncryptedPDFError, PDFDict, PDFCheckBox, PDFDocument, PDFName, PDFRadioGroup, PDFString, PDFHexString, PDFTextField, PDFDropdown, type PDFField, type PDFObject } from 'pdf-lib';
import { decodeFormIdentity, FORM_IDENTITY_FIELD, FORM_IDENTITY_KEY } from '../document/form-identity.js';
import { FormReadError, type FilledForm, type FormValue } from './filled-form.js';

export async function readPdfForm(file: string, bytes: Uint8Array): Promise<FilledForm> {
  let doc: PDFDocument;
  try {
    doc = await quietly(() => PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false }));
  } catch (err) {
    // pdf-lib may fail on an encrypted file's scrambled objects before it gets to say it is encrypted.
    if (err instanceof EncryptedPDFError || hasEncryptEntry(bytes)) throw new FormReadError('the PDF is encrypted: save an unprotected copy and read that', 'form-encrypted');
    throw new FormReadError('the file is not a readable PDF', 'form-unreadable');
  }
  if (doc.isEncrypted) throw new FormReadError('the PDF is encrypted: save an unprotected copy and read that', 'form-encrypted');
  const infoDict = doc.context.lookup(doc.context.trailerInfo.Info);
  const info = infoDict instanceof PDFDict ? infoDict.lookup(PDFName.of(FORM_IDENTITY_KEY)) : undefined;
  const identityText = info instanceof PDFString || info instanceof PDFHexString ? info.decodeText() : undefined;
  const values: Record<string, FormValue> = {};
  let fields: PDFField[];
  try {
    fields = doc.getForm().getFields();
  } catch {
    throw new FormReadError("the PDF's form fields are damaged", 'form-unreadable');
  }
  let identityField: string | undefined;
  for (const field of fields) {
    const value = fieldValue(field);
    if (field.getName() === FORM_IDENTITY_FIELD) identityField = typeof value === 'string' ? value : undefined;
    else if (value !== undefined) values[field.getName()] = value;
  }
  const form: FilledForm = { file, format: 'pdf', values };
  const identity = decodeFormIdentity(identityField) ?? decodeFormIdentity(identityText);
  if (identity) form.identity = identity;
  return form;
}

/** pdf-lib reports damaged objects on the console; the reader reports them as findings instead. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  const log = console.log;
  console.warn = () => {};
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

/** An /Encrypt entry in a trailer (or cross-reference stream) near the end of the file. */
function hasEncryptEntry(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65536))).toString('latin1');
  return /\/Encrypt\s*\d+\s+\d+\s+R/.test(tail) || /\/Encrypt\s*<</.test(tail);
}

function fieldValue(field: PDFField): FormValue | undefined {
  try {
    if (field instanceof PDFTextField) return field.getText() ?? '';
    if (field instanceof PDFCheckBox) {
      const state = buttonState(field);
      return state !== null;
    }
    if (field instanceof PDFRadioGroup) return buttonState(field);
    if (field instanceof PDFDropdown) return field.getSelected()[0] ?? null;
  } catch {
    return null; // e.g. a rich-text value pdf-lib will not read: the answer is reported as missing
  }
  return undefined;
}

/** A name as a PDF may hold it: a name object, or (as some fillers write it) a string such as "/4". */
function nameText(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFName) return value.decodeText();
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText().replace(/^\//, '');
  return undefined;
}

/**
 * The state of a checkbox or radio group: its value (/V), else the button whose appearance is on (some viewers
 * set only that). "Off" or nothing is null.
 */
function buttonState(field: PDFCheckBox | PDFRadioGroup): string | null {
  const value = nameText(field.acroField.dict.lookup(PDFName.of('V')));
  if (value && value !== 'Off') return value;
  if (value === 'Off') return null;
  for (const widget of field.acroField.getWidgets()) {
    const state = nameText(widget.dict.lookup(PDFName.of('AS')));
    if (state && state !== 'Off') return state;
  }
  return null;
}
