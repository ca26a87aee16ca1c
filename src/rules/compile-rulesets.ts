// Build step: checks every rule set and writes a JSON copy tagged with its source hash, so a cold
// `sescdp validate` skips YAML parsing. A data error fails the build with file and line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';
import { readTextFile } from '../model/text-file.js';
import { rulesetCacheDir, rulesetDir } from '../paths.js';
import { availableRulesets, hashText, parseRuleset, type CompiledRuleset } from './ruleset.js';

mkdirSync(rulesetCacheDir, { recursive: true });
try {
  for (const id of availableRulesets()) {
    const file = join(rulesetDir, `${id}.yaml`);
    const text = readTextFile(file, 'rule set');
    const compiled: CompiledRuleset = { sourceHash: hashText(text), ruleset: parseRuleset(file, text) };
    writeFileSync(join(rulesetCacheDir, `${id}.json`), JSON.stringify(compiled));
  }
} catch (err) {
  if (!(err instanceof InputError)) throw err;
  process.stderr.write(`${err.format()}\n`);
  process.exitCode = 1;
}
