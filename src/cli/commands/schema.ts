// `sescdp schema`: prints the program file's JSON Schema (committed as schemas/sescdp.schema.json).
import { programJsonSchemaText } from '../../model/json-schema.js';
import { parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';

export async function run(argv: string[]): Promise<number> {
  parseCommandArgs('schema', argv, {}, 0);
  process.stdout.write(programJsonSchemaText());
  return EXIT.ok;
}
