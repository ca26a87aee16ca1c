// The tool's version, as package.json states it (shown by --version and recorded in package manifests).
import { join } from 'node:path';
import { packageRoot } from './paths.js';
import { readText } from './platform/files.js';

export function toolVersion(): string {
  return (JSON.parse(readText(join(packageRoot, 'package.json'))) as { version: string }).version;
}
