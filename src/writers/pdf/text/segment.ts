// Split text into runs by the font that can draw them. DejaVu Sans draws text; Noto Emoji draws emoji (whole
// sequences: skin tones, ZWJ families, flags); a character neither font has is drawn as DejaVu's missing-glyph
// box inside a marked-content span whose /ActualText holds the real character, so extraction, copy-paste and
// screen readers still get it. Invisible format characters (bidi marks, zero-width spaces, soft hyphens) are
// not drawn: DejaVu maps several of them to its space glyph, which text extraction would read as a space.

import type { Face, TextFace } from '../fonts.js';
import type { FontMetrics } from '../metrics.js';

export interface Segment {
  text: string;
  face: Face;
  /** For characters no embedded font can draw: the text the drawn box stands for. */
  actual?: string;
}

const SIMPLE = /^[\u0020-\u007E\u00A0-\u024F]*$/;
const FORMAT = /\p{Cf}/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_PRESENTATION = /\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]|\p{Regional_Indicator}/u;
const SELECTORS = /[\uFE00-\uFE0F\u200D]/gu;

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): Iterable<string> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function coversAll(metrics: FontMetrics, face: Face, text: string): boolean {
  for (const ch of text) {
    if (!metrics.covers(face, ch.codePointAt(0)!)) return false;
  }
  return true;
}

function faceFor(grapheme: string, face: TextFace, metrics: FontMetrics): Segment {
  const first = grapheme.codePointAt(0)!;
  if (EMOJI.test(grapheme)) {
    // Symbols such as © or ↔ are "pictographic" too: draw them as text unless they ask for emoji presentation.
    const wantsEmoji = EMOJI_PRESENTATION.test(grapheme) || first >= 0x1f000 || !metrics.covers(face, first);
    if (wantsEmoji && metrics.covers('emoji', first)) {
      // A sequence (skin tone, ZWJ family, flag) becomes one ligature glyph that maps back to its first code
      // point only; /ActualText keeps the whole sequence for extraction.
      return Array.from(grapheme).length > 1 ? { text: grapheme, face: 'emoji', actual: grapheme } : { text: grapheme, face: 'emoji' };
    }
  }
  const drawn = grapheme.replace(SELECTORS, '');
  if (drawn === '') return { text: '', face };
  if (coversAll(metrics, face, drawn)) return { text: drawn, face };
  if (face !== 'regular' && coversAll(metrics, 'regular', drawn)) return { text: drawn, face: 'regular' };
  if (coversAll(metrics, 'emoji', drawn)) return { text: drawn, face: 'emoji' };
  return { text: drawn, face, actual: grapheme };
}

/** Runs of `text` with the font that draws each; format characters dropped. */
export function segmentText(text: string, face: TextFace, metrics: FontMetrics): Segment[] {
  if (SIMPLE.test(text)) return text ? [{ text, face }] : [];
  const segments: Segment[] = [];
  for (const grapheme of graphemes(text)) {
    const cleaned = EMOJI.test(grapheme) ? grapheme : grapheme.replace(FORMAT, '');
    if (!cleaned) continue;
    const segment = faceFor(cleaned, face, metrics);
    if (!segment.text) continue;
    const last = segments[segments.length - 1];
    if (last && last.face === segment.face && !last.actual === !segment.actual) {
      // Neighbours that draw alike become one run; neighbouring stand-ins share one /ActualText span.
      last.text += segment.text;
      if (last.actual) last.actual += segment.actual;
    } else {
      segments.push(segment);
    }
  }
  return segments;
}
