// What layout hands to the painter: pages of drawing operations, each chunk tied to the structure element
// (tag) it belongs to, or marked as an artifact (decoration, running header, repeated table header).
// Coordinates are points from the top-left of the page; text y is the baseline.

import type { Face } from '../fonts.js';
import type { FontMetrics } from '../metrics.js';

/** The column a block is laid out in, and how to measure text. */
export interface Frame {
  metrics: FontMetrics;
  /** Left edge and width of the column. */
  x: number;
  width: number;
}

/** A node of the PDF structure tree (Document is the implicit root). */
export interface StructNode {
  type: 'P' | 'H1' | 'H2' | 'H3' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Caption' | 'Div' | 'Form' | 'Figure';
  parent: StructNode | null;
  /** For a Figure: the alternative text a screen reader reads instead of the drawing. */
  alt?: string;
  /** For TH: the cells it heads. */
  scope?: 'Column' | 'Row';
}

export type WidgetType = 'text' | 'multiline' | 'checkbox' | 'radio' | 'signature';

export interface WidgetSpec {
  type: WidgetType;
  /** The field name; for a radio button, the name of its group. */
  name: string;
  /** The accessible name (PDF /TU), read by screen readers and shown as a tooltip. */
  tooltip: string;
  value?: string;
  checked?: boolean;
  /** A radio button's export value within its group. */
  exportValue?: string;
  /** The selected value of a radio group (on every button of the group). */
  groupValue?: string;
}

export type DrawOp =
  | { kind: 'text'; x: number; y: number; text: string; face: Face; size: number; color: string; actual?: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; radius?: number; fill?: string; stroke?: string; lineWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: 'widget'; x: number; y: number; w: number; h: number; widget: WidgetSpec };

export interface Chunk {
  /** The element the content belongs to; null for an artifact. */
  struct: StructNode | null;
  /** Artifact kind: page furniture ('Pagination') or decoration ('Layout'). */
  artifact?: 'Pagination' | 'Layout';
  ops: DrawOp[];
}

export interface LaidOutPage {
  chunks: Chunk[];
}

export interface OutlineEntry {
  level: 1 | 2 | 3;
  title: string;
  page: number;
  y: number;
}

export interface PageLayout {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
}

/** An unbreakable horizontal slice of a block. */
export interface Row {
  height: number;
  /** Draw with the row's top at y. `asArtifact` draws a copy (a repeated table header) outside the tags. */
  paint(y: number, asArtifact: boolean): Chunk[];
  /** Must share a page with the row before it (widow/orphan control, a table header with its first row). */
  keepWithPrevious?: boolean;
}

export interface BlockLayout {
  rows: Row[];
  spaceBefore: number;
  spaceAfter: number;
  /** Keep this block on the page where the next block starts (headings). */
  keepWithNext?: boolean;
  /** Start a new page before this block (unless the page is still empty). */
  pageBreakBefore?: boolean;
  /** Painted at the top of each further page the block runs onto from row `fromRow` on (a table's header row). */
  repeat?: { row: Row; fromRow: number };
  /** Painted behind the block's share of each page (a note's background). */
  background?: (top: number, bottom: number) => Chunk;
  /** A bookmark for this block (headings). */
  outline?: { level: 1 | 2 | 3; title: string };
}

/** A chunk of text ops for one structure element. */
export function content(struct: StructNode | null, ops: DrawOp[], asArtifact = false): Chunk {
  return asArtifact || !struct ? { struct: null, artifact: 'Layout', ops } : { struct, ops };
}
