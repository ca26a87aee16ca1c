// What the page holds besides code, generated as modules (plugins.ts virtualModules): the package's own files, the
// templates precompiled, and the PDF fonts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'fflate';
import { join, relative } from 'node:path';
import { compileOptions } from '../src/document/template/compiler.js';
import { handlebars, knownHelperNames } from '../src/document/template/handlebars-env.js';
import { packageRoot } from '../src/paths.js';
import { FONT_FILES } from '../src/writers/pdf/fonts.js';

/** Where paths.web.ts puts the package. */
const WEB_ROOT = '/sescdp';

/**
 * Files the core reads by path (templates, rule sets and their checked copies, the ECQs, package.json for the
 * version), and the example agency's files, which the page offers to a new user.
 */
function packageFilePaths(): string[] {
  const under = (dir: string, ext: string): string[] =>
    readdirSync(join(packageRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(ext))
      .map((f) => join(dir, f));
  return [
    ...under('templates', '.hbs'),
    ...under('templates', '.yaml'),
    ...under('schemas/rulesets', '.yaml'),
    ...under('dist/rulesets', '.json'),
    'schemas/ecqs.yaml',
    'package.json',
    ...under('examples/dfi', '.yaml'),
    ...under('examples/dfi', '.csv'),
  ].sort();
}

const webPath = (file: string) => `${WEB_ROOT}/${relative(packageRoot, join(packageRoot, file)).split('\\').join('/')}`;

export function packageFilesModule(): string {
  const files = Object.fromEntries(packageFilePaths().map((f) => [webPath(f), readFileSync(join(packageRoot, f), 'utf8')]));
  // JSON.parse of a string is faster for the browser to load than the same object written as code.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(files))});`;
}

/** Every template and partial, precompiled by the same Handlebars environment and options as compiler.ts uses. */
export function precompiledTemplatesModule(): string {
  const hb = handlebars();
  const entries = packageFilePaths()
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => {
      const file = webPath(f);
      const out = hb.precompile(readFileSync(join(packageRoot, f), 'utf8'), compileOptions(file, knownHelperNames())) as string | { code: string };
      // Each behind a function, so the browser compiles a template's code only when it is first rendered.
      return `${JSON.stringify(file)}: () => (${typeof out === 'string' ? out : out.code})`;
    });
  return `export default {\n${entries.join(',\n')}\n};`;
}

/** The fonts deflated (half the size, so the page opens faster), then base64. */
export function fontFilesModule(): string {
  const require = createRequire(import.meta.url);
  const fonts = Object.fromEntries(Object.values(FONT_FILES).map((p) => [p, Buffer.from(deflateSync(readFileSync(require.resolve(p)), { level: 9 })).toString('base64')]));
  return `export default ${JSON.stringify(fonts)};`;
}
