// A private Handlebars environment whose `{{value}}` escapes for the markup layer instead of HTML.
// Handlebars has no option for this: the compiled code calls its HTML escaper directly. So the environment
// gets a JavaScriptCompiler subclass (Handlebars' documented extension point) whose escaped append calls our
// escapeMarkup, passed in as a helper. Nothing global is touched; other Handlebars users are unaffected.
// Handlebars is loaded on first use so commands that never render stay fast.

import { createRequire } from 'node:module';
import type HandlebarsNamespace from 'handlebars';
import { escapeMarkup } from '../escape.js';
import { HelperError, TEMPLATE_HELPERS, type HelperLocation } from '../helpers.js';

export type Handlebars = typeof HandlebarsNamespace;

/** The helper the compiled templates call to escape `{{value}}`; not meant for templates. */
export const ESCAPE_HELPER = '__escapeMarkup';

const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;

let environment: Handlebars | undefined;

interface CompilerInternals {
  pushSource(source: unknown): void;
  appendToBuffer(parts: unknown[]): unknown;
  aliasable(name: string): unknown;
  popStack(): unknown;
}

function markupCompiler(base: new (...args: unknown[]) => object): unknown {
  function MarkupCompiler(this: object, ...args: unknown[]): void {
    base.apply(this, args);
  }
  MarkupCompiler.prototype = Object.create(base.prototype);
  // Child programs (block bodies) are compiled with `new this.compiler()`; they must use this class too.
  MarkupCompiler.prototype.compiler = MarkupCompiler;
  MarkupCompiler.prototype.appendEscaped = function (this: CompilerInternals): void {
    // The trailing {} stands in for the options object Handlebars' helper wrapper expects as the last argument.
    this.pushSource(this.appendToBuffer([this.aliasable(`helpers.${ESCAPE_HELPER}`), '(', this.popStack(), ', {})']));
  };
  return MarkupCompiler;
}

export function handlebars(): Handlebars {
  if (environment) return environment;
  const require = createRequire(import.meta.url);
  const hb = (require('handlebars') as Handlebars).create();
  const env = hb as unknown as { JavaScriptCompiler: new (...args: unknown[]) => object };
  env.JavaScriptCompiler = markupCompiler(env.JavaScriptCompiler) as typeof env.JavaScriptCompiler;
  hb.registerHelper(ESCAPE_HELPER, (value: unknown) => escapeMarkup(value));
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) hb.registerHelper(name, helper);

  // `each` over a value the data lacks is a template error, not an empty list (strict mode alone lets it pass).
  const each = hb.helpers.each!;
  hb.registerHelper('each', function (this: unknown, list: unknown, options: { loc?: HelperLocation }) {
    if (list === undefined) throw new HelperError('the data has no list for this #each', options.loc);
    return each.call(this, list, options as never);
  });
  environment = hb;
  return hb;
}

/** Helper names a template may call. */
export function knownHelperNames(): string[] {
  return [...BUILTIN_HELPERS, ...Object.keys(TEMPLATE_HELPERS)];
}
