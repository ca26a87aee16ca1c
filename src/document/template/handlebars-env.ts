// A private Handlebars environment whose `{{value}}` escapes for the markup layer instead of HTML.
// Handlebars has no option for this: the compiled code calls its HTML escaper directly. So the environment
// gets a JavaScriptCompiler subclass (Handlebars' documented extension point) whose escaped append calls our
// escapeMarkup, passed in as a helper. Nothing global is touched; other Handlebars users are unaffected.
// Handlebars is loaded on first use so commands that never render stay fast.

import { escapeMarkup } from '../escape.js';
import { HelperError, TEMPLATE_HELPERS, type HelperLocation } from '../helpers.js';
import { loadHandlebars, type Handlebars } from './compiler.js';

export type { Handlebars };

/** The helper the compiled templates call to escape `{{value}}`; not meant for templates. */
export const ESCAPE_HELPER = '__escapeMarkup';

/** The helper the compiled templates call to walk a path whose middle may be missing; not meant for templates. */
export const PATH_HELPER = '__lookupPath';

/** Own properties only (no prototype access), and a missing link gives undefined rather than a TypeError. */
function lookupPath(value: unknown, parts: string[]): unknown {
  let current = value;
  for (const part of parts) {
    if (current === null || current === undefined) return undefined;
    current = Object.prototype.hasOwnProperty.call(Object(current), part) ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
}

const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;

let environment: Handlebars | undefined;

interface CompilerInternals {
  pushSource(source: unknown): void;
  appendToBuffer(parts: unknown[]): unknown;
  aliasable(name: string): unknown;
  popStack(): unknown;
  push(expr: unknown): unknown;
  quotedString(text: string): string;
  options: { strict?: boolean };
  source: { currentLocation?: unknown };
}

function markupCompiler(base: new (...args: unknown[]) => object): unknown {
  function MarkupCompiler(this: object, ...args: unknown[]): void {
    base.apply(this, args);
  }
  MarkupCompiler.prototype = Object.create(base.prototype);
  // Child programs (block bodies) are compiled with `new this.compiler()`; they must use this class too.
  MarkupCompiler.prototype.compiler = MarkupCompiler;
  // In strict mode Handlebars reads `a.b.c` as a raw property chain, so a missing `b` throws a TypeError even
  // inside {{#if}} or {{answer}}. Walk the middle of a context path safely; a value printed directly
  // ({{a.b.c}}) still fails with "not defined" when its last part is missing, which names the file and line.
  const resolvePath = base.prototype.resolvePath as (...args: unknown[]) => void;
  MarkupCompiler.prototype.resolvePath = function (this: CompilerInternals, type: string, parts: string[], start: number, falsy: boolean, strict: boolean): void {
    if (type !== 'context') return resolvePath.call(this, type, parts, start, falsy, strict);
    const requireTerminal = Boolean(this.options.strict && strict);
    const end = requireTerminal ? parts.length - 1 : parts.length;
    let stack: unknown = this.popStack();
    if (end > start) stack = [this.aliasable(`helpers.${PATH_HELPER}`), '(', stack, ', ', JSON.stringify(parts.slice(start, end)), ')'];
    if (requireTerminal) {
      const location = this.source.currentLocation === undefined ? 'undefined' : JSON.stringify(this.source.currentLocation);
      stack = [this.aliasable('container.strict'), '(', stack, ', ', this.quotedString(parts[end]!), ', ', location, ' )'];
    }
    this.push(stack);
  };
  MarkupCompiler.prototype.appendEscaped = function (this: CompilerInternals): void {
    // The trailing {} stands in for the options object Handlebars' helper wrapper expects as the last argument.
    this.pushSource(this.appendToBuffer([this.aliasable(`helpers.${ESCAPE_HELPER}`), '(', this.popStack(), ', {})']));
  };
  return MarkupCompiler;
}

export function handlebars(): Handlebars {
  if (environment) return environment;
  const hb = loadHandlebars().create();
  const env = hb as unknown as { JavaScriptCompiler: new (...args: unknown[]) => object };
  env.JavaScriptCompiler = markupCompiler(env.JavaScriptCompiler) as typeof env.JavaScriptCompiler;
  hb.registerHelper(ESCAPE_HELPER, (value: unknown) => escapeMarkup(value));
  hb.registerHelper(PATH_HELPER, lookupPath as never);
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
