// How a template's text becomes a function. On the command line the package's own templates come precompiled by the
// build (precompiled.ts); any other template (an edited one, a test's) Handlebars compiles when it is first used.
// The page cannot compile at all: compiling makes code from text, which its Content-Security-Policy forbids (no
// 'unsafe-eval'), so its twin (compiler.web.ts) runs the same templates precompiled, with these same options.
import { createRequire } from 'node:module';
import type HandlebarsNamespace from 'handlebars';
import { precompiledSpec } from './precompiled.js';

export type Handlebars = typeof HandlebarsNamespace;
export type Compiled = (context: unknown, options?: Record<string, unknown>) => string;

/** Handlebars itself, loaded on first use so that commands which never render stay fast. */
export function loadHandlebars(): Handlebars {
  return createRequire(import.meta.url)('handlebars') as Handlebars;
}

/** The options every template is compiled with: strict, only our helpers, indentation left to the markup. */
export function compileOptions(file: string, helperNames: readonly string[]): Record<string, unknown> {
  return {
    srcName: file,
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(helperNames.map((n) => [n, true])),
    preventIndent: true,
  };
}

export function compileTemplate(hb: Handlebars, file: string, source: string, helperNames: readonly string[]): Compiled {
  const spec = precompiledSpec(file, source);
  if (spec) return hb.template(spec as never) as Compiled;
  return hb.compile(source, compileOptions(file, helperNames)) as Compiled;
}
