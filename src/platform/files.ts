// Reading files by path, on the command line: the file system. The page has a twin (files.web.ts) that holds only
// the package's own files (templates, rule sets, ECQs), inlined when the page is built; what a user opens there
// arrives as bytes and never through a path. Errors carry Node's codes (ENOENT...) on both sides.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';

/**
 * The bytes of a regular file. Anything else is refused before it is read (a FIFO would hang us, /dev/zero would
 * never end, /proc and /sys files claim to be empty): code ENOTREGULAR. A file over `maxBytes` is refused unread:
 * code EFBIG. The file is opened without blocking and checked through the open handle, so it cannot be swapped.
 */
export function readBytes(path: string, maxBytes = Infinity): Uint8Array {
  if (/^\/(proc|sys|dev)\//.test(realpathSync(path))) throw refusal('ENOTREGULAR', path);
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw refusal('EISDIR', path);
    if (!stats.isFile()) throw refusal('ENOTREGULAR', path);
    if (stats.size > maxBytes) throw refusal('EFBIG', path);
    // Read to the end (not to the size stat gave: the file may be growing), but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1, maxBytes - total + 1)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw refusal('EFBIG', path);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function refusal(code: 'ENOTREGULAR' | 'EISDIR' | 'EFBIG', path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** The names in a folder. */
export function listDirectory(dir: string): string[] {
  return readdirSync(dir);
}
