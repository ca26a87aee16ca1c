// How a template's text becomes a function. On the command line Handlebars compiles each template when it is first
// used. The page cannot: compiling makes code from text, which its Content-Security-Policy forbids (no
// 'unsafe-eval'), so its twin (compiler.web.ts) runs the same templates precompiled, with these same options, when the
// page is built.
import { createRequire } from 'node:module';
import type HandlebarsNamespace from 'handlebars';

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
  return hb.compile(source, compileOptions(file, helperNames)) as Compiled;
}
