// The published JSON Schemas, derived from the zod schemas (one source of truth); src/wizard/editor-schema.ts writes
// them for editors. Top-level keys starting with "x-" are allowed (yaml-file.ts ignores them), so files can hold YAML
// anchors (x-core-training: &core ...).
import { cohortSchema } from './cohort.js';
import { participantSchema } from './participant.js';
import { programSchema } from './program.js';

export const SCHEMAS = {
  program: { schema: programSchema, file: 'sescdp.schema.json', title: 'sescdp program file' },
  cohort: { schema: cohortSchema, file: 'cohort.schema.json', title: 'sescdp cohort file' },
  participant: { schema: participantSchema, file: 'participant.schema.json', title: 'sescdp participant record' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
