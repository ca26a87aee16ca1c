// Inline content → lines that fit a width. Breaks at spaces; a word wider than the line (a long URL, a
// 200-character token) is split between characters so no text runs past the margin. Citations keep their
// words together (no-break spaces). Each line comes out in visual order, ready to draw.

import { citationText, placeholderText, type Inline } from '../../../document/model.js';
import { COLOR } from '../../theme.js';
import { textFace, type Face } from '../fonts.js';
import type { FontMetrics } from '../metrics.js';
import { directionOf, visualOrder, type Direction } from './bidi.js';
import { segmentText } from './segment.js';

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
}

/** One drawn piece of a line: a string in one font and color at an x offset from the line start. */
export interface LineItem {
  x: number;
  width: number;
  text: string;
  face: Face;
  color: string;
  /** Highlight behind the text (placeholders). */
  background?: string;
  /** Text an undrawable glyph stands for (see segment.ts). */
  actual?: string;
}

export interface TextLine {
  width: number;
  items: LineItem[];
}

interface RunStyle {
  face: ReturnType<typeof textFace>;
  color: string;
  background?: string;
}

type Token =
  | { kind: 'word'; text: string; style: RunStyle }
  | { kind: 'space'; text: string; style: RunStyle }
  | { kind: 'break' };

interface Piece {
  text: string;
  face: Face;
  color: string;
  background?: string;
  actual?: string;
  width: number;
  space: boolean;
}

/** A word: pieces with no break opportunity between them (e.g. "**Bold**," is one word in two styles). */
interface Word {
  pieces: Piece[];
  width: number;
}

function tokenize(content: readonly Inline[], base: TextStyle): Token[] {
  const tokens: Token[] = [];
  for (const run of content) {
    if (run.kind === 'break') {
      tokens.push({ kind: 'break' });
      continue;
    }
    let text: string;
    let style: RunStyle;
    if (run.kind === 'placeholder') {
      text = placeholderText(run.label);
      style = { face: textFace(!!base.bold, true), color: COLOR.placeholderText, background: COLOR.placeholderFill };
    } else {
      text = run.citation ? citationText(run.text) : run.text;
      style = { face: textFace(!!(base.bold || run.bold), !!(base.italic || run.italic)), color: run.citation ? COLOR.citation : base.color };
    }
    for (const part of text.split(/( +)/)) {
      if (part) tokens.push({ kind: part[0] === ' ' ? 'space' : 'word', text: part, style });
    }
  }
  return tokens;
}

function measurePieces(text: string, style: RunStyle, size: number, metrics: FontMetrics, space: boolean): Piece[] {
  if (space) {
    return [{ text, face: style.face, color: style.color, ...bg(style), width: metrics.width(text, style.face, size), space }];
  }
  return segmentText(text, style.face, metrics).map((s) => ({
    text: s.text,
    face: s.face,
    color: style.color,
    ...bg(style),
    ...(s.actual ? { actual: s.actual } : {}),
    width: metrics.width(s.text, s.face, size),
    space,
  }));
}

function bg(style: RunStyle): { background?: string } {
  return style.background ? { background: style.background } : {};
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Split an over-long word into chunks, between graphemes: the first no wider than `firstMax` (the room left on
 * the line), the rest no wider than `max`. Grapheme widths are summed (kerning inside a 5,000-character token
 * is ignored while choosing the split) with a small margin, then each chunk is measured as drawn.
 */
function splitWord(word: Word, firstMax: number, max: number, size: number, metrics: FontMetrics): Word[] {
  const chunks: Word[] = [];
  let current: Word = { pieces: [], width: 0 };
  let limit = firstMax * 0.98;
  const closePiece = (piece: Piece, source: string): void => {
    if (!source) return;
    // A stand-in run is cut by the graphemes it stands for; emoji draw as themselves, other stand-ins without
    // their selectors (as segment.ts draws them).
    const text = piece.actual && piece.face !== 'emoji' ? source.replace(/[\uFE00-\uFE0F\u200D]/g, '') : source;
    const width = metrics.width(text, piece.face, size);
    current.pieces.push({ ...piece, text, ...(piece.actual ? { actual: source } : {}), width });
    current.width += width;
  };
  for (const piece of word.pieces) {
    const parts = graphemes(piece.actual ?? piece.text);
    let text = '';
    let textWidth = 0;
    for (const part of parts) {
      const partWidth = metrics.width(piece.actual && piece.face !== 'emoji' ? part.replace(/[\uFE00-\uFE0F\u200D]/g, '') : part, piece.face, size);
      if (current.width + textWidth + partWidth > limit && (text || current.pieces.length)) {
        closePiece(piece, text);
        chunks.push(current);
        current = { pieces: [], width: 0 };
        limit = max * 0.98;
        text = '';
        textWidth = 0;
      }
      text += part;
      textWidth += partWidth;
    }
    closePiece(piece, text);
  }
  if (current.pieces.length) chunks.push(current);
  return chunks;
}

type Unit = { word: Word } | { space: Piece };

function unitDirection(unit: Unit): Direction {
  return 'space' in unit ? 'neutral' : directionOf(unit.word.pieces.map((p) => p.text).join(''));
}

/** Position a line's units left to right in visual order and merge neighbours that draw alike. */
function finishLine(units: Unit[]): TextLine {
  while (units.length && 'space' in units[units.length - 1]!) units.pop();
  const ordered = visualOrder(units, unitDirection);
  const items: LineItem[] = [];
  let x = 0;
  for (const unit of ordered) {
    const pieces = 'space' in unit ? [unit.space] : unit.word.pieces;
    for (const piece of pieces) {
      const last = items[items.length - 1];
      const mergeable =
        last && !last.actual && !piece.actual && last.face === piece.face && last.color === piece.color &&
        last.background === piece.background && directionOf(last.text) !== 'rtl' && directionOf(piece.text) !== 'rtl';
      if (mergeable) {
        last.text += piece.text;
        last.width += piece.width;
      } else {
        const item: LineItem = { x, width: piece.width, text: piece.text, face: piece.face, color: piece.color };
        if (piece.background) item.background = piece.background;
        if (piece.actual) item.actual = piece.actual;
        items.push(item);
      }
      x += piece.width;
    }
  }
  return { width: x, items };
}

/** Break inline content into lines no wider than `maxWidth`. Empty content gives no lines. */
export function layoutLines(content: readonly Inline[], style: TextStyle, maxWidth: number, metrics: FontMetrics): TextLine[] {
  const tokens = tokenize(content, style);
  const lines: TextLine[] = [];
  let units: Unit[] = [];
  let width = 0;
  let pendingSpaces: Piece[] = [];
  let word: Word | undefined;

  const placeWord = (w: Word): void => {
    const spaceWidth = pendingSpaces.reduce((a, s) => a + s.width, 0);
    const hasWords = units.some((u) => 'word' in u);
    if (hasWords && width + spaceWidth + w.width > maxWidth) {
      lines.push(finishLine(units));
      units = [];
      width = 0;
      pendingSpaces = [];
    }
    // Leading spaces survive only at the very start of the content (a value typed with them).
    if (units.length || lines.length === 0) for (const s of pendingSpaces) units.push({ space: s });
    width += units.length ? pendingSpaces.reduce((a, s) => a + s.width, 0) : 0;
    pendingSpaces = [];
    if (w.width > maxWidth - width) {
      // Too wide even for a line of its own: fill the rest of this line (if there is real room), then new lines.
      const room = maxWidth - width;
      const startHere = !units.length || room > style.size * 3;
      if (!startHere) {
        lines.push(finishLine(units));
        units = [];
        width = 0;
      }
      splitWord(w, startHere ? room : maxWidth, maxWidth, style.size, metrics).forEach((chunk, index) => {
        if (index > 0) {
          lines.push(finishLine(units));
          units = [];
          width = 0;
        }
        units.push({ word: chunk });
        width += chunk.width;
      });
      return;
    }
    units.push({ word: w });
    width += w.width;
  };

  const endWord = (): void => {
    if (word) placeWord(word);
    word = undefined;
  };

  for (const token of tokens) {
    if (token.kind === 'break') {
      endWord();
      lines.push(finishLine(units));
      units = [];
      width = 0;
      pendingSpaces = [];
      continue;
    }
    if (token.kind === 'space') {
      endWord();
      pendingSpaces.push(...measurePieces(token.text, token.style, style.size, metrics, true));
      continue;
    }
    const pieces = measurePieces(token.text, token.style, style.size, metrics, false);
    word ??= { pieces: [], width: 0 };
    word.pieces.push(...pieces);
    word.width += pieces.reduce((a, p) => a + p.width, 0);
  }
  endWord();
  if (units.length || lines.length) lines.push(finishLine(units));
  return lines;
}
