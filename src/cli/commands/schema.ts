// `sescdp schema [program|cohort|participant]`: prints a JSON Schema (committed under schemas/).
import { jsonSchemaText, SCHEMAS, type SchemaName } from '../../model/json-schema.js';
import { choiceOption, parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';

export async function run(argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs('schema', argv, {}, 1);
  const name = choiceOption(positionals[0], 'schema', Object.keys(SCHEMAS) as SchemaName[], 'program', 'schema');
  process.stdout.write(jsonSchemaText(name));
  return EXIT.ok;
}
