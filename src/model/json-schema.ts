// The published JSON Schemas, derived from the zod schemas (one source of truth). Top-level keys
// starting with "x-" are allowed (yaml-file.ts ignores them), so files can hold YAML anchors (x-core-training: &core ...).
import { z } from 'zod';
import { cohortSchema } from './cohort.js';
import { participantSchema } from './participant.js';
import { programSchema } from './program.js';

export const SCHEMAS = {
  program: { schema: programSchema, file: 'sescdp.schema.json', title: 'sescdp program file' },
  cohort: { schema: cohortSchema, file: 'cohort.schema.json', title: 'sescdp cohort file' },
  participant: { schema: participantSchema, file: 'participant.schema.json', title: 'sescdp participant record' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export function jsonSchemaText(name: SchemaName): string {
  const { schema, file, title } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  const published = { ...generated, $id: `https://sescdp.example/schemas/${file}`, title, patternProperties: { '^x-': {} } };
  return `${JSON.stringify(published, null, 2)}\n`;
}
