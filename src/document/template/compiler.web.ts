// The page's twin of compiler.ts: the package's templates and partials, precompiled by the build with the options of
// compiler.ts (compileOptions), so that nothing is compiled, that is evaluated, in the page.
import HandlebarsLib from 'handlebars';
import PRECOMPILED from 'sescdp:precompiled-templates';
import type { Compiled, Handlebars } from './compiler.js';

export function loadHandlebars(): Handlebars {
  return HandlebarsLib as unknown as Handlebars;
}

export function compileTemplate(hb: Handlebars, file: string): Compiled {
  const spec = PRECOMPILED[file];
  if (!spec) throw new Error(`${file}: this page holds no such template`);
  return hb.template(spec() as never) as Compiled;
}
