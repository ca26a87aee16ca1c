// The choices the program file accepts for an enumerated answer, read from the zod schema so the
// wizard offers exactly what the file may hold (and the catalogue never repeats the list).
import type { z } from 'zod';
import { programSchema } from '../model/program.js';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string> };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

/** Follows a dotted path ("training.format", "contacts[].role") through objects, lists and optionals. */
function fieldSchema(path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = programSchema;
  for (const key of path.replace(/\[\]/g, '.[]').split('.')) {
    node = unwrap(node);
    const def: Def | undefined = node ? defOf(node) : undefined;
    node = key === '[]' ? def?.element : def?.shape?.[key];
  }
  return unwrap(node);
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  while (node && defOf(node).type === 'optional') node = defOf(node).innerType;
  return node;
}

export function enumOptions(path: string): string[] {
  const node = fieldSchema(path);
  const entries = node && defOf(node).type === 'enum' ? defOf(node).entries : undefined;
  if (!entries) throw new Error(`the program schema has no list of choices at ${path}`);
  return Object.values(entries);
}
