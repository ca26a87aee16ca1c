// Reading files by path, on the command line: the file system. The page has a twin (files.web.ts) that holds only
// the package's own files (templates, rule sets, ECQs), inlined when the page is built; what a user opens there
// arrives as bytes and never through a path. Errors carry Node's codes (ENOENT...) on both sides.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

export function readBytes(path: string): Uint8Array {
  return readFileSync(path);
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
