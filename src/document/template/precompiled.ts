// The package's own templates, precompiled by the build (bundle/templates.ts writes dist/precompiled-templates.cjs):
// Handlebars turning a template into code costs more CPU than rendering with it, and these change only with the
// package. An entry is used only when the file is, byte for byte, what was precompiled.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../../paths.js';

export const PRECOMPILED_TEMPLATES = join(packageRoot, 'dist', 'precompiled-templates.cjs');

/** A template's name in that file: its path in the package. */
export function templateKey(file: string): string {
  return relative(packageRoot, file).split(sep).join('/');
}

interface Precompiled {
  sha256: string;
  /** The template's spec, naming `srcName` as its source in the locations errors report. */
  spec(srcName: string): unknown;
}

let table: Record<string, Precompiled> | undefined;

/** The precompiled spec of this template, if the build made one from this very source. */
export function precompiledSpec(file: string, source: string): unknown {
  table ??= existsSync(PRECOMPILED_TEMPLATES) ? (createRequire(import.meta.url)(PRECOMPILED_TEMPLATES) as Record<string, Precompiled>) : {};
  const entry = table[templateKey(file)];
  if (!entry || entry.sha256 !== createHash('sha256').update(source).digest('hex')) return undefined;
  return entry.spec(file);
}
