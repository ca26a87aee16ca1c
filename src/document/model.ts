// The one document model both writers read. Everything a writer needs to decide is decided here
// (heading numbers, list labels, placeholder wording, field hints) so DOCX and PDF say the same thing.

import type { FormIdentity } from './form-identity.js';

export interface DocumentMeta {
  title: string;
  subject: string;
  /** The agency that issues the document; written as the DOCX creator and the PDF Author. */
  author: string;
  language: 'en-US';
  /** ISO 8601 UTC timestamp, e.g. "2026-03-03T00:00:00Z". From the data or SOURCE_DATE_EPOCH, never the clock. */
  created: string;
  /** Running header text; the writers use the title when absent. */
  headerText?: string;
  /** A marking such as "DRAFT — NOT FOR SUBMISSION" printed on every page of both formats. */
  stamp?: string;
  /** A fillable form's identity, embedded in both formats so a filled form is recognised after renaming. */
  form?: FormIdentity;
}

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
}

// ---- inline content ----

export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A legal citation such as "5 CFR 412.302(c)(2)": its own character style, never broken across lines. */
  citation?: boolean;
}

/** A visible, highlighted marker for an answer the program file lacks. */
export interface PlaceholderRun {
  kind: 'placeholder';
  /** What is missing, e.g. "ERB chair". Rendered by placeholderText(). */
  label: string;
}

export interface LineBreak {
  kind: 'break';
}

export type Inline = TextRun | PlaceholderRun | LineBreak;

// ---- blocks ----

export interface TitleBlock {
  kind: 'title';
  title: Inline[];
  subtitles: Inline[][];
}

export type HeadingLevel = 1 | 2 | 3;

export interface Heading {
  kind: 'heading';
  level: HeadingLevel;
  /** "1", "1.2", "1.2.3"; absent for an unnumbered heading. */
  number?: string;
  content: Inline[];
  /** Stable anchor id, unique in the document (e.g. "h-1-2", "h-u3" for the third unnumbered heading). */
  id: string;
}

export interface Paragraph {
  kind: 'paragraph';
  content: Inline[];
}

export interface ListItem {
  /** The marker as printed: "1.", "a.", "i." or a bullet glyph. */
  label: string;
  content: Inline[];
  sublist?: List;
}

export interface List {
  kind: 'list';
  ordered: boolean;
  /** 0 for a top-level list, 1 and 2 for nested lists. */
  depth: number;
  start: number;
  items: ListItem[];
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  /** Share of the table width, as a fraction summing to 1 across columns. */
  width: number;
  align: ColumnAlign;
}

export type TableCell = Inline[];

export interface Table {
  kind: 'table';
  columns: TableColumn[];
  /** The header row; writers repeat it on every page the table spans. */
  header: TableCell[];
  rows: TableCell[][];
  caption?: Inline[];
}

export type CalloutTone = 'note' | 'important';

export interface Callout {
  kind: 'callout';
  tone: CalloutTone;
  title?: Inline[];
  blocks: (Paragraph | List)[];
}

export type FieldType = 'text' | 'multiline' | 'checkbox' | 'date' | 'rating' | 'yesno';

export interface FormField {
  kind: 'field';
  field: FieldType;
  /** Stable field name: the PDF AcroForm field name and the DOCX content-control tag. */
  name: string;
  label: Inline[];
  /** Prefilled value: text for text/multiline/date, "1".."5" or "NA" for rating. */
  value?: string;
  /** For checkboxes. */
  checked?: boolean;
  /** Visible lines of a multiline field. */
  lines?: number;
  /**
   * The accessible name (PDF /TU, DOCX control title) when the label alone does not say which question it is,
   * e.g. "Leading People: objectives" for a field labelled "Objectives". Unique within a document.
   */
  tooltip?: string;
}

export interface SignatureBlock {
  kind: 'signature';
  /** What the signature means, e.g. "Approved". */
  role: Inline[];
  name?: Inline[];
  title?: Inline[];
  /** When set, the block is fillable: fields `${field}_signature` and `${field}_date`. */
  field?: string;
}

/** A chart drawn from numbers: vector marks in the PDF (a Figure with alt text), an image with alt text in the DOCX. */
export interface Chart {
  kind: 'chart';
  chart: 'bar' | 'line';
  /** What the chart shows; the figure's caption. */
  caption: string;
  /** The alternative text: states every number, for a reader who cannot see the chart. */
  alt: string;
  labels: string[];
  values: number[];
  /** Top of the value axis (100 for percentages); default a round number above the largest value. */
  max?: number;
  /** Printed after each value, e.g. "%". */
  unit?: string;
}

export interface PageBreak {
  kind: 'pageBreak';
}

export type Block =
  | TitleBlock
  | Heading
  | Paragraph
  | List
  | Table
  | Callout
  | FormField
  | SignatureBlock
  | Chart
  | PageBreak;

// ---- wording shared by both writers ----

/** The text printed for a missing answer. */
export function placeholderText(label: string): string {
  return `[Not provided: ${label}]`;
}

/** The format hint printed after a date field's label (and used by both writers' date pickers). */
export const DATE_HINT = 'MM/DD/YYYY';

/** The choices of a rating field, in order: export value and printed label. */
export const RATING_CHOICES: readonly { value: string; label: string }[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5' },
  { value: 'NA', label: 'N/A' },
];

/** The choices of a yes/no field: two buttons, one answer. */
export const YES_NO_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'Yes', label: 'Yes' },
  { value: 'No', label: 'No' },
];

/** The choices of a rating or yes/no field. */
export function fieldChoices(field: FormField): readonly { value: string; label: string }[] {
  return field.field === 'yesno' ? YES_NO_CHOICES : RATING_CHOICES;
}

/** What a DOCX drop-down list shows until an answer is chosen (the PDF shows its radio buttons' labels instead). */
export function choicePrompt(field: FormField): string {
  return field.field === 'yesno' ? 'Choose Yes or No' : 'Choose 1 to 5, or N/A';
}

/** A field's accessible name: its tooltip, else its printed label, on one line. */
export function fieldTooltip(field: FormField): string {
  return (field.tooltip ?? inlineText(fieldLabel(field))).replace(/\s+/g, ' ').trim();
}

/** Field names a fillable signature block creates. */
export function signatureFieldNames(field: string): { signature: string; date: string } {
  return { signature: `${field}_signature`, date: `${field}_date` };
}

/** Caption under the signature line when the signer's name is not given. */
export const SIGNATURE_CAPTION = 'Signature';
export const DATE_CAPTION = 'Date';

/** Citations keep their words together: both writers print them with no-break spaces. */
export function citationText(text: string): string {
  return text.replace(/ /g, '\u00A0');
}

/** The plain text of inline content, as both writers print it. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const run of content) {
    if (run.kind === 'text') out += run.citation ? citationText(run.text) : run.text;
    else if (run.kind === 'placeholder') out += placeholderText(run.label);
    else out += '\n';
  }
  return out;
}

/** A field's printed label: a date field's label carries its format hint. */
export function fieldLabel(field: FormField): Inline[] {
  return field.field === 'date' ? [...field.label, { kind: 'text', text: ` (${DATE_HINT})` }] : field.label;
}
