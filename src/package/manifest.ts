// manifest.json of a package: every file with its SHA-256 and size, and what it was built from.
import { sha256 } from '../platform/sha256.js';

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  tool: { name: 'sescdp'; version: string };
  ruleset: string;
  submissionType: string;
  agency: string;
  asOf: string;
  program: { file: string; sha256: string };
  draft: boolean;
  files: ManifestFile[];
}

export { sha256 };

export function manifestFiles(files: ReadonlyMap<string, Uint8Array>): ManifestFile[] {
  return [...files.keys()].sort().map((path) => ({ path, sha256: sha256(files.get(path)!), bytes: files.get(path)!.byteLength }));
}
