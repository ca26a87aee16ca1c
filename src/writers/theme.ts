// The look both writers share: US Letter, one-inch margins, one palette. Sizes in points.
// Type sizes differ by writer because the fonts differ: the DOCX names Arial (present wherever Word is), the PDF
// embeds DejaVu Sans, whose larger x-height reads like Arial one point bigger.

export const PAGE = {
  width: 612,
  height: 792,
  margin: { top: 72, right: 72, bottom: 72, left: 72 },
  /** Distance from the page edge to the running header (its top) and footer (its bottom). */
  headerFromEdge: 27,
  footerFromEdge: 36,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Colors as RRGGBB (no #), the form both writers take. */
export const COLOR = {
  text: '1A1A1A',
  heading: '1F3864',
  muted: '595959',
  rule: 'A6A6A6',
  stamp: '9C0006',
  citation: '1F3864',
  tableHeaderFill: 'E8EDF5',
  tableBorder: 'A6A6A6',
  noteFill: 'EEF3FA',
  noteBar: '2F5496',
  importantFill: 'FDF1E6',
  importantBar: 'C55A11',
  placeholderFill: 'FFF2CC',
  placeholderText: '7F6000',
  fieldFill: 'F5F7FA',
  fieldBorder: '7F7F7F',
} as const;

export interface TypeScale {
  body: number;
  small: number;
  title: number;
  subtitle: number;
  h1: number;
  h2: number;
  h3: number;
  table: number;
  running: number;
}

export const PDF_TYPE: TypeScale = { body: 10, small: 8.5, title: 20, subtitle: 12, h1: 14, h2: 12, h3: 10.5, table: 9, running: 8 };
export const DOCX_TYPE: TypeScale = { body: 11, small: 9, title: 22, subtitle: 13, h1: 15, h2: 13, h3: 11.5, table: 10, running: 8.5 };
export const DOCX_FONT = 'Arial';

/** Vertical rhythm shared by both writers (points). */
export const SPACE = {
  lineHeight: 1.35,
  paragraphAfter: 8,
  headingBefore: { 1: 18, 2: 14, 3: 10 } as Record<1 | 2 | 3, number>,
  headingAfter: 6,
  listIndent: 18,
  listItemAfter: 3,
  tableCellPadding: 4,
  blockAfter: 10,
} as const;
