// The page's twin of files.ts: the package's own files (templates, rule sets and their checked JSON copies, the ECQs,
// package.json), inlined by the build under paths.web.ts's root. Nothing else has a path in the page.
import PACKAGE_FILES from 'sescdp:package-files';

function missing(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
}

export function readText(path: string): string {
  const text = PACKAGE_FILES[path];
  if (text === undefined) throw missing(path);
  return text;
}

export function readBytes(path: string, _maxBytes = Infinity): Uint8Array {
  return new TextEncoder().encode(readText(path));
}

export function isDirectory(path: string): boolean {
  const prefix = `${path.replace(/\/$/, '')}/`;
  if (Object.keys(PACKAGE_FILES).some((p) => p.startsWith(prefix))) return true;
  if (path in PACKAGE_FILES) return false;
  throw missing(path);
}

export function exists(path: string): boolean {
  return path in PACKAGE_FILES;
}

export function listDirectory(dir: string): string[] {
  const prefix = `${dir.replace(/\/$/, '')}/`;
  const names = Object.keys(PACKAGE_FILES)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length).split('/')[0]!);
  if (!names.length) throw missing(dir);
  return [...new Set(names)];
}
