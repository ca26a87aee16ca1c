// The font files the PDF embeds, read from their npm packages (fonts.ts names them), and fontkit to parse them. The
// page's twin (font-files.web.ts) has the same files inlined.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Fontkit {
  create(data: Uint8Array): unknown;
}

/** fontkit, loaded on first use (only writing a PDF needs it). */
export function loadFontkit(): Fontkit {
  return require('fontkit') as Fontkit;
}

/** A font file by its package path, e.g. "dejavu-fonts-ttf/ttf/DejaVuSans.ttf". */
export function readFontFile(packagePath: string): Uint8Array {
  return readFileSync(require.resolve(packagePath));
}
