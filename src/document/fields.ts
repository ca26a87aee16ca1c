// The fillable fields of a document, as both writers create them: the contract a filled form is read by.

import { fieldTooltip, inlineText, signatureFieldNames, type DocumentModel, type FieldType } from './model.js';

export interface FieldInfo {
  name: string;
  /** 'signature' is the signature box of a fillable signature block. */
  type: FieldType | 'signature';
  label: string;
  /** The accessible name: the PDF /TU and the DOCX control's title (which LibreOffice keeps when it drops the tag). */
  tooltip: string;
}

export function formFields(doc: DocumentModel): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'field') fields.push({ name: block.name, type: block.field, label: inlineText(block.label), tooltip: fieldTooltip(block) });
    if (block.kind === 'signature' && block.field) {
      const names = signatureFieldNames(block.field);
      const role = inlineText(block.role);
      fields.push({ name: names.signature, type: 'signature', label: `${role}: signature`, tooltip: `${role}: signature` });
      fields.push({ name: names.date, type: 'date', label: `${role}: date`, tooltip: `${role}: date` });
    }
  }
  return fields;
}

/** A DOCX content control's title: Word shows it on the control's tab, so it is cut to 64 characters. A reader matches
 *  controls that lost their tag (LibreOffice keeps only the title) by it. */
export function controlTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= 64 ? title : `${chars.slice(0, 63).join('')}…`;
}
