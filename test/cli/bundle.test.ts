// The command line ships as a bundle (bundle/cli.ts): every worker thread the code starts by file name must have its
// entry beside the bundle, or the bin fails only when that worker is first needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from '../support/cli.js';

describe('the CLI bundle', () => {
  it('is the bin, with every worker thread the sources start beside it', () => {
    expect(cliPath).toBe(join(repoRoot, 'dist', 'cli', 'sescdp.js'));
    const sources = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.web.ts') && !f.startsWith('web'));
    const workers = sources.flatMap((f) => [...readFileSync(join(repoRoot, 'src', f), 'utf8').matchAll(/new URL\('\.\/([\w-]+\.js)', import\.meta\.url\)/g)].map((m) => m[1]!));
    expect(workers).toEqual(expect.arrayContaining(['pool-worker.js', 'read-worker.js']));
    for (const worker of workers) expect(existsSync(join(dirname(cliPath), worker)), worker).toBe(true);
  });
});
