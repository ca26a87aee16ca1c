// The page's twin of font-files.ts: the same font files, inlined by the build deflated and in base64.
import { inflateSync } from 'fflate';
import * as fontkit from 'fontkit';
import FONT_FILES from 'sescdp:font-files';
import type { Fontkit } from './font-files.js';

export function loadFontkit(): Fontkit {
  return fontkit as unknown as Fontkit;
}

export function readFontFile(packagePath: string): Uint8Array {
  const base64 = FONT_FILES[packagePath];
  if (base64 === undefined) throw new Error(`${packagePath}: this page holds no such font`);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return inflateSync(bytes);
}
