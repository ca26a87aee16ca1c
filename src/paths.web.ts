// The page's twin of paths.ts: the package's files are inlined in the page (platform/files.web.ts) under this root,
// so every path the core builds from these names finds them.
export const packageRoot = '/sescdp';
export const rulesetDir = `${packageRoot}/schemas/rulesets`;
export const templateDir = `${packageRoot}/templates`;
export const schemaDir = `${packageRoot}/schemas`;
export const rulesetCacheDir = `${packageRoot}/dist/rulesets`;
