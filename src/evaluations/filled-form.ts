// What reading one filled form gives: its identity and its values by field name, or why it could not be read.
import type { FormIdentity } from '../document/form-identity.js';

/** Text fields give their text, checkboxes true/false, choice fields (ratings, yes/no) their value or null. */
export type FormValue = string | boolean | null;

export interface FilledForm {
  file: string;
  format: 'pdf' | 'docx';
  /** Absent when the file carries no identity of ours. */
  identity?: FormIdentity;
  values: Record<string, FormValue>;
  /**
   * A DOCX's controls in document order, when some lost their tag: LibreOffice 7 keeps a text control's title but
   * drops its tag, and keeps neither on a drop-down list. They are matched to fields by title, else by position.
   */
  controls?: { tag?: string; title?: string; value: FormValue }[];
  /** The file's modification time (ms), when known: breaks a tie between two forms of the same person. */
  modified?: number;
}

/** A file that could not be read as a form at all: not a PDF or DOCX, encrypted, damaged, too large. */
export class FormReadError extends Error {
  constructor(
    readonly reason: string,
    readonly ruleId: string,
  ) {
    super(reason);
  }
}

/** Files larger than this are refused unread: a filled evaluation form is well under a megabyte. */
export const MAX_FORM_BYTES = 50 * 1024 * 1024;
