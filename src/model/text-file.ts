// Reads a user's text file strictly: it must exist, be a regular file, be UTF-8 and not be empty.
import { isDirectory, readBytes } from '../platform/files.js';
import { InputError } from './input-error.js';

/** No program, participant, cohort or roster file comes near this; anything larger is refused unread (README). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTREGULAR: 'it is not a regular file (a pipe, a device or a system file); save the content to a file and name that',
  EFBIG: `it is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, which no real file of this kind is`,
  ELOOP: 'a symlink loop',
  ENOTDIR: 'part of the path is a file, not a folder',
};

/** Keeps a byte order mark as a character, as Node's Buffer does: it is stripped below, and counts in a column. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function readTextFile(file: string, what = 'file'): string {
  let bytes: Uint8Array;
  try {
    if (isDirectory(file)) throw new InputError(file, [{ message: `is a directory, not a ${what}` }]);
    bytes = readBytes(file, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = (code && REASONS[code]) ?? String(code ?? err);
    throw new InputError(file, [{ message: `cannot read the ${what}: ${reason}` }]);
  }
  return decodeText(file, bytes, what);
}

/** The text of a file's bytes, held to the same rules (UTF-8, not empty); the page reads what a user opens with it. */
export function decodeText(file: string, bytes: Uint8Array, what = 'file'): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = bytePosition(bytes, bad);
    throw new InputError(file, [
      { line, column, message: `is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8` },
    ]);
  }
  const text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file, [{ line: 1, column: 1, message: `the ${what} is empty` }]);
  return text;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const n1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && n1 < 0xa0) || (c === 0xed && n1 > 0x9f) || (c === 0xf0 && n1 < 0x90) || (c === 0xf4 && n1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

function bytePosition(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = UTF8.decode(b.subarray(lineStart, offset)).length + 1;
  return { line, column };
}
