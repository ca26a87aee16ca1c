// esbuild plugins shared by every bundle this package builds.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Platform twins: a module `x.ts` that has a sibling `x.web.ts` is replaced by the sibling in a browser bundle (the
 * sibling exports the same names; src/web/twins.ts checks that they match). This is how the page swaps the edges
 * that differ (file reading, threads, template compiling...) while every other module is shared as it is.
 */
export function twinPlugin(suffix = '.web.ts'): Plugin {
  return {
    name: 'platform-twins',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const twin = resolve(args.resolveDir, args.path.replace(/\.js$/, suffix));
        return existsSync(twin) && twin !== args.importer ? { path: twin } : undefined;
      });
    },
  };
}

/**
 * `node:path` is string manipulation, not an edge: the page gets path-browserify, a port of Node's own module. Any
 * other `node:` import that a page bundle reaches fails the build, which is what keeps Node-only code out of it.
 */
export function nodePathPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'node-path',
    setup(build) {
      build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: require.resolve('path-browserify') }));
    },
  };
}

/** Modules generated at build time (`sescdp:name`), given as JavaScript source. */
export function virtualModules(modules: Record<string, () => string>): Plugin {
  return {
    name: 'virtual-modules',
    setup(build) {
      build.onResolve({ filter: /^sescdp:/ }, (args) => {
        if (!(args.path in modules)) return { errors: [{ text: `no generated module ${args.path}` }] };
        return { path: args.path, namespace: 'sescdp-virtual' };
      });
      build.onLoad({ filter: /.*/, namespace: 'sescdp-virtual' }, (args) => ({ contents: modules[args.path]!(), loader: 'js', resolveDir: process.cwd() }));
    },
  };
}

/**
 * zod's namespace export keeps every one of its 40-odd message locales in a bundle (about 250 KB of the page's
 * script), though only English is ever configured. The page gets English alone.
 */
export function zodEnglishOnlyPlugin(): Plugin {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, '../locales/en.js'), namespace: 'zod-locales' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.path)};`,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}

/**
 * Handlebars' compiler loads source-map, if it can, to map precompiled code back to templates; the page only runs
 * templates precompiled by the build, so it goes without (about 26 KB of script).
 */
export function withoutSourceMapPlugin(): Plugin {
  return {
    name: 'without-source-map',
    setup(build) {
      build.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty-module' }));
      build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
}
