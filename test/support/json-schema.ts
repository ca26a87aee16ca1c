// Checks a value against one of our JSON Schema files (draft-07), as an editor or a consumer of our JSON would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from './cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The problems ajv finds, one line each ("/findings/0/line must be integer,null"), or [] when the value fits. */
export function schemaProblems(schemaFile: string, value: unknown): string[] {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true, strictTypes: false }));
  const schema = JSON.parse(readFileSync(join(repoRoot, schemaFile), 'utf8')) as object;
  const check = ajv.compile(schema);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
