// The page's twin of compiler.ts: the package's templates and partials, precompiled by the build with the options of
// compiler.ts (compileOptions), so that nothing is compiled, that is evaluated, in the page.
import PRECOMPILED from 'sescdp:precompiled-templates';
import type { Compiled, Handlebars } from './compiler.js';

// esbuild resolves this require in the bundle (the page still parses templates, to check them, so it needs all of
// Handlebars); it runs on first use, not while the page opens: Handlebars builds an
// Error as it loads (its exception class's prototype), and under a debugger (DevTools, the bench's Chromium) that
// captures a detailed stack through the page's whole script, about 0.3-0.5 s measured.
declare const require: (id: 'handlebars') => { default?: unknown };

export function loadHandlebars(): Handlebars {
  const lib = require('handlebars');
  return (lib.default ?? lib) as Handlebars;
}

export function compileTemplate(hb: Handlebars, file: string): Compiled {
  const spec = PRECOMPILED[file];
  if (!spec) throw new Error(`${file}: this page holds no such template`);
  return hb.template(spec() as never) as Compiled;
}
