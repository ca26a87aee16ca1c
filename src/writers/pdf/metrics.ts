// Text measurement and glyph coverage, read from the same pdfkit fonts the painter draws with, so a line that
// fits when measured fits when drawn.

import { fonts, type Face } from './fonts.js';
import type { PdfDoc } from './pdfkit-internals.js';

export interface FontMetrics {
  width(text: string, face: Face, size: number): number;
  covers(face: Face, codePoint: number): boolean;
  /** Distance from the baseline to the top of the tallest glyphs, in points. */
  ascent(face: Face, size: number): number;
  /** Distance from the baseline to the bottom of descenders, in points (positive). */
  descent(face: Face, size: number): number;
}

/** Coverage does not depend on the document: cache it for the process. */
const coverage = new Map<Face, Map<number, boolean>>();

export class PdfkitMetrics implements FontMetrics {
  private readonly widths = new Map<string, number>();
  constructor(private readonly doc: PdfDoc) {}

  width(text: string, face: Face, size: number): number {
    const key = `${face}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(face).fontSize(size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  covers(face: Face, codePoint: number): boolean {
    let faceCoverage = coverage.get(face);
    if (!faceCoverage) coverage.set(face, (faceCoverage = new Map()));
    let covered = faceCoverage.get(codePoint);
    if (covered === undefined) {
      covered = fonts()[face].hasGlyphForCodePoint(codePoint);
      faceCoverage.set(codePoint, covered);
    }
    return covered;
  }

  ascent(face: Face, size: number): number {
    const font = fonts()[face];
    return (font.ascent / font.unitsPerEm) * size;
  }

  descent(face: Face, size: number): number {
    const font = fonts()[face];
    return (-font.descent / font.unitsPerEm) * size;
  }
}
