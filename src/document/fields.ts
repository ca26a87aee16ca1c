// The fillable fields of a document, as both writers create them: the contract a filled form is read by.

import { inlineText, signatureFieldNames, type DocumentModel, type FieldType } from './model.js';

export interface FieldInfo {
  name: string;
  /** 'signature' is the signature box of a fillable signature block. */
  type: FieldType | 'signature';
  label: string;
}

export function formFields(doc: DocumentModel): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'field') fields.push({ name: block.name, type: block.field, label: inlineText(block.label) });
    if (block.kind === 'signature' && block.field) {
      const names = signatureFieldNames(block.field);
      const role = inlineText(block.role);
      fields.push({ name: names.signature, type: 'signature', label: `${role}: signature` });
      fields.push({ name: names.date, type: 'date', label: `${role}: date` });
    }
  }
  return fields;
}
