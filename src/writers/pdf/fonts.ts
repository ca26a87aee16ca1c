// The fonts the PDF embeds, all from npm packages so every machine renders the same bytes:
// DejaVu Sans (dejavu-fonts-ttf) for text — Latin with diacritics, Vietnamese, Greek, Cyrillic, Hebrew, Arabic —
// and Noto Emoji (@expo-google-fonts/noto-emoji, monochrome) for emoji, which DejaVu mostly lacks.

import { loadFontkit, readFontFile } from './font-files.js';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'emoji';
export type TextFace = Exclude<Face, 'emoji'>;

export const FONT_FILES: Record<Face, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};

export const FACES = Object.keys(FONT_FILES) as Face[];

/** The parts of a fontkit font the writer uses (pdfkit draws with the same object). */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
  ascent: number;
  descent: number;
  unitsPerEm: number;
}

let loaded: Record<Face, FontkitFont> | undefined;

/**
 * The fonts, read and parsed once per process. pdfkit accepts a parsed fontkit font, and parsing (decoding
 * the OpenType tables) is most of the cost of a small PDF, so a warm process shares them across documents.
 */
export function fonts(): Record<Face, FontkitFont> {
  if (loaded) return loaded;
  const fontkit = loadFontkit();
  loaded = Object.fromEntries(FACES.map((face) => [face, fontkit.create(readFontFile(FONT_FILES[face]))])) as Record<Face, FontkitFont>;
  return loaded;
}

export function textFace(bold: boolean, italic: boolean): TextFace {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}
