import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, type SchemaName } from '../../src/model/json-schema.js';
import { editorSchemaText as jsonSchemaText } from '../../src/wizard/editor-schema.js';
import { repoRoot } from '../support/cli.js';

describe('the committed JSON Schema', () => {
  it.each(Object.keys(SCHEMAS) as SchemaName[])('%s matches its zod schema (regenerate with "sescdp schema --write schemas")', (name) => {
    const committed = readFileSync(join(repoRoot, 'schemas', SCHEMAS[name].file), 'utf8');
    expect(committed).toBe(jsonSchemaText(name));
  });

  it('describes the sections, forbids unknown keys and types the numbers', () => {
    const schema = JSON.parse(jsonSchemaText('program')) as {
      additionalProperties: boolean;
      properties: Record<string, { properties?: Record<string, { type?: string; minimum?: number; format?: string }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['agency', 'training', 'assignment', 'coaching', 'evaluation', 'signatory']));
    expect(schema.properties.training!.properties!.totalHours).toMatchObject({ type: 'number', minimum: 0 });
    expect(schema.properties.approval!.properties!.lastApprovalDate).toMatchObject({ type: 'string', format: 'date' });
  });
});
