// The published JSON Schema of the program file, derived from the zod schema (one source of truth).
import { z } from 'zod';
import { programSchema } from './program.js';

export function programJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(programSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: 'https://sescdp.example/schemas/sescdp.schema.json',
    title: 'sescdp program file',
  };
}

export function programJsonSchemaText(): string {
  return `${JSON.stringify(programJsonSchema(), null, 2)}\n`;
}
