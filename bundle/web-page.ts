// The browser edition: one self-contained HTML file (dist/web/sescdp.html) holding the page's script and style, the
// two writer workers (DOCX, PDF) as script blocks the browser does not run until the page starts them, the package's
// templates, rule sets and fonts. Its Content-Security-Policy allows only its own inline script and style (by hash)
// and workers made from them; it forbids every network request, eval, frames other than its own PDF previews, forms
// and plugins.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, transform, type BuildOptions } from 'esbuild';
import { packageRoot } from '../src/paths.js';
import { toolVersion } from '../src/tool-version.js';
import { nodePathPlugin, twinPlugin, virtualModules, withoutSourceMapPlugin, zodEnglishOnlyPlugin } from './plugins.js';
import { fontFilesModule, packageFilesModule, precompiledTemplatesModule } from './web-data.js';

export const WEB_PAGE = join(packageRoot, 'dist', 'web', 'sescdp.html');
/** What a shared drive or an e-mail attachment takes without fuss. */
const SIZE_LIMIT = 15 * 1024 * 1024;

export interface BundleReport {
  file: string;
  bytes: number;
  parts: { name: string; bytes: number }[];
}

function browserOptions(entry: string, modules: Record<string, () => string>): BuildOptions {
  return {
    entryPoints: [join(packageRoot, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'edge109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      'process.env.NODE_ENV': '"production"',
      // The core reads SOURCE_DATE_EPOCH only when a document has no date; the page always gives one.
      'process.env.SOURCE_DATE_EPOCH': 'undefined',
      // pdfkit's browser build resolves a bundled colour profile against its own URL; any URL will do.
      'import.meta.url': '"file:///sescdp/page.js"',
    },
    plugins: [twinPlugin(), nodePathPlugin(), zodEnglishOnlyPlugin(), withoutSourceMapPlugin(), virtualModules(modules)],
    logLevel: 'warning',
  };
}

async function bundle(entry: string, modules: Record<string, () => string> = {}): Promise<string> {
  const result = await build(browserOptions(entry, modules));
  return result.outputFiles![0]!.text;
}

/**
 * Script text safe inside a <script> element: "</script" would close the element early, and "<!--" followed by
 * "<script" would keep it open. esbuild leaves both only inside string, template and regular-expression literals,
 * where \x3C means the same "<".
 */
function scriptText(js: string): string {
  return js.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export async function buildWebPage(): Promise<BundleReport> {
  const packageFiles = { 'sescdp:package-files': packageFilesModule, 'sescdp:precompiled-templates': precompiledTemplatesModule };
  const [main, docx, pdf, css] = await Promise.all([
    bundle('src/web/main.tsx', packageFiles),
    bundle('src/web/workers/docx.ts'),
    bundle('src/web/workers/pdf.ts', { 'sescdp:font-files': fontFilesModule }),
    transform(readFileSync(join(packageRoot, 'src/web/page.css'), 'utf8'), { loader: 'css', minify: true }).then((r) => r.code),
  ]);
  const script = scriptText(main);
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(css)}`,
    'worker-src blob:',
    'frame-src blob:',
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="sescdp ${toolVersion()}">`,
    '<title>sescdp — SES Candidate Development Program</title>',
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<noscript><p>This page needs JavaScript, which your browser has turned off for it. Nothing on it connects to the network.</p></noscript>',
    '<div id="app"></div>',
    // The page's script comes first: it draws the page while the browser is still reading the writers' 3 MB.
    `<script>${script}</script>`,
    `<script type="text/plain" id="writer-docx">${scriptText(docx)}</script>`,
    `<script type="text/plain" id="writer-pdf">${scriptText(pdf)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const bytes = Buffer.byteLength(html);
  if (bytes > SIZE_LIMIT) throw new Error(`the page is ${(bytes / 1048576).toFixed(1)} MB, over its ${SIZE_LIMIT / 1048576} MB limit`);
  mkdirSync(dirname(WEB_PAGE), { recursive: true });
  writeFileSync(WEB_PAGE, html);
  return {
    file: WEB_PAGE,
    bytes,
    parts: [
      { name: 'page script', bytes: Buffer.byteLength(script) },
      { name: 'DOCX writer', bytes: Buffer.byteLength(docx) },
      { name: 'PDF writer and fonts', bytes: Buffer.byteLength(pdf) },
      { name: 'style', bytes: Buffer.byteLength(css) },
    ],
  };
}
