// Where the package's data lives (rule sets, templates), whether we run from src/ under
// vitest or from dist/ after the build: the nearest folder above us holding package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sescdp: cannot find the package root');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const rulesetDir = join(packageRoot, 'schemas', 'rulesets');
export const templateDir = join(packageRoot, 'templates');
export const schemaDir = join(packageRoot, 'schemas');
/** Checked JSON copies of the rule sets, written by the build (see rules/compile-rulesets.ts). */
export const rulesetCacheDir = join(packageRoot, 'dist', 'rulesets');
