// The command line as one bundle (dist/cli/sescdp.js, the package's bin) with the writer thread's entry beside it:
// Node loads a few files instead of some 360 (zod, yaml, @inquirer and our own modules), which is most of a cold
// start's cost. Each command, and each writer, stays in a chunk of its own, loaded only when used (esbuild splits
// at our dynamic imports), so `validate` never reads the document libraries. The libraries that read files next to
// their own code (pdfkit, fontkit, the fonts) or are loaded through createRequire (Handlebars) stay in
// node_modules, as npm installs them.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../src/paths.js';
import type { BundleReport } from './web-page.js';

export const CLI_DIR = join(packageRoot, 'dist', 'cli');
export const CLI_BUNDLE = join(CLI_DIR, 'sescdp.js');

/** Not bundled: pdfkit reads its data files from beside its own code; fontkit and docx are single files already. */
const EXTERNAL = ['pdfkit', 'fontkit', 'docx'];

export async function buildCli(): Promise<BundleReport> {
  rmSync(CLI_DIR, { recursive: true, force: true });
  const result = await build({
    // The worker threads' entries too (writers, evaluation readers): each is started by its file name.
    entryPoints: {
      sescdp: join(packageRoot, 'src/cli/main.ts'),
      'pool-worker': join(packageRoot, 'src/writers/pool-worker.ts'),
      'read-worker': join(packageRoot, 'src/evaluations/read-worker.ts'),
    },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS libraries bundled into ES modules still call require() for Node's own modules.
    banner: { js: "import { createRequire as __sescdpRequire } from 'node:module'; const require = __sescdpRequire(import.meta.url);" },
    // Beside the entries: a worker's file is found next to the chunk that starts it (new URL('./pool-worker.js')).
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => join(process.cwd(), f));
  const size = (f: string) => statSync(f).size;
  return {
    file: CLI_BUNDLE,
    bytes: outputs.reduce((n, f) => n + size(f), 0),
    parts: [
      { name: 'entry', bytes: size(CLI_BUNDLE) },
      { name: `${outputs.length - 1} other files`, bytes: outputs.filter((f) => f !== CLI_BUNDLE).reduce((n, f) => n + size(f), 0) },
    ],
  };
}
