// `sescdp schema [program|cohort|participant] [--write DIR]`: prints a JSON Schema written for editors, or writes all
// three into a folder (beside a user's program file, or schemas/ in this repository, where they are committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { InputError } from '../../model/input-error.js';
import { SCHEMAS, type SchemaName } from '../../model/json-schema.js';
import { editorSchemaText } from '../../wizard/editor-schema.js';
import { choiceOption, parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', argv, { write: { type: 'string' } }, 1);
  const names = Object.keys(SCHEMAS) as SchemaName[];
  if (typeof values.write === 'string') {
    const dir = values.write;
    const chosen = positionals[0] === undefined ? names : [choiceOption(positionals[0], 'schema', names, 'program', 'schema')];
    try {
      mkdirSync(dir, { recursive: true });
      for (const name of chosen) writeFileAtomic(join(dir, SCHEMAS[name].file), editorSchemaText(name));
    } catch (err) {
      throw new InputError(dir, [{ message: `cannot write the schemas here (${(err as NodeJS.ErrnoException).code ?? String(err)})` }]);
    }
    for (const name of chosen) process.stdout.write(`wrote ${join(dir, SCHEMAS[name].file)}\n`);
    process.stdout.write(`Point an editor at them from the top of a program file:  # yaml-language-server: $schema=${SCHEMAS.program.file}\n`);
    return EXIT.ok;
  }
  const name = choiceOption(positionals[0], 'schema', names, 'program', 'schema');
  process.stdout.write(editorSchemaText(name));
  return EXIT.ok;
}
