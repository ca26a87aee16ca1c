// `node dist/bundle/index.js [target...]`: builds the bundles this package ships (all of them by default), after tsc
// (npm run build). A new bundle is a new entry in TARGETS.
import { relative } from 'node:path';
import { buildCli } from './cli.js';
import { buildPrecompiledTemplates } from './templates.js';
import { buildWebPage, type BundleReport } from './web-page.js';

const TARGETS: Record<string, () => Promise<BundleReport>> = {
  templates: buildPrecompiledTemplates,
  cli: buildCli,
  web: buildWebPage,
};

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !(n in TARGETS));
  if (unknown.length) throw new Error(`unknown bundle ${unknown.join(', ')}; choose from ${Object.keys(TARGETS).join(', ')}`);
  for (const name of names.length ? names : Object.keys(TARGETS)) {
    const report = await TARGETS[name]!();
    process.stdout.write(`${name}: ${relative(process.cwd(), report.file)} ${kb(report.bytes)} (${report.parts.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')})\n`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bundle: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
