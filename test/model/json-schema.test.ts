import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programJsonSchemaText } from '../../src/model/json-schema.js';
import { repoRoot } from '../support/cli.js';

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run "node dist/src/cli/main.js schema > schemas/sescdp.schema.json" after changing it)', () => {
    const committed = readFileSync(join(repoRoot, 'schemas', 'sescdp.schema.json'), 'utf8');
    expect(committed).toBe(programJsonSchemaText());
  });

  it('describes the sections, forbids unknown keys and types the numbers', () => {
    const schema = JSON.parse(programJsonSchemaText()) as {
      additionalProperties: boolean;
      properties: Record<string, { properties?: Record<string, { type?: string; minimum?: number; format?: string }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['agency', 'training', 'assignment', 'coaching', 'evaluation', 'signatory']));
    expect(schema.properties.training!.properties!.totalHours).toMatchObject({ type: 'number', minimum: 0 });
    expect(schema.properties.approval!.properties!.lastApprovalDate).toMatchObject({ type: 'string', format: 'date' });
  });
});
