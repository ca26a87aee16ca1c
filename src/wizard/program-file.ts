// The program file as the wizard edits it: the program's YAML document (program-document.ts), saved atomically
// after every answer.
import { accessSync, constants, existsSync } from 'node:fs';
import { readBytes } from '../platform/files.js';
import { MAX_INPUT_BYTES } from '../model/text-file.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Document, parseDocument } from 'yaml';
import { commandLine } from '../cli/invocation.js';
import { InputError } from '../model/input-error.js';
import { loadProgram } from '../model/load.js';
import { isReadOnlyFile, resolveLinks, writeFileAtomic } from '../io/atomic-write.js';
import { WriteError } from '../io/write-error.js';
import { schemaDir } from '../paths.js';
import { ProgramDocument } from './program-document.js';

export type { WizardState } from './program-document.js';

export class ProgramFile extends ProgramDocument {
  private constructor(
    file: string,
    doc: Document,
    /** Whether the file existed with content when opened. */
    readonly existed: boolean,
  ) {
    super(file, doc);
  }

  /** For `init`: a missing or blank file starts a new program; anything else must load cleanly. */
  static openOrCreate(file: string): ProgramFile {
    if (!existsSync(file) || isBlank(file)) {
      checkWritable(file);
      return new ProgramFile(file, new Document({}), false);
    }
    return ProgramFile.open(file);
  }

  /** For `edit`: the file must exist and load (InputError otherwise, with file:line:col). */
  static open(file: string): ProgramFile {
    const loaded = loadProgram(file);
    checkWritable(file);
    return new ProgramFile(file, parseDocument(loaded.text, { uniqueKeys: true }), true);
  }

  /** The header a new file starts with: where its schema is, and how to check and change it. */
  writeHeader(rulesetTitle: string): void {
    const schema = relative(dirname(resolve(this.file)), join(schemaDir, 'sescdp.schema.json')).split(sep).join('/');
    this.addHeader([
      ` yaml-language-server: $schema=${schema}`,
      ` SES Candidate Development Program, written with \`sescdp init\` to the ${rulesetTitle}.`,
      ` Check it: ${commandLine(['validate', this.file])}    Change a section: ${commandLine(['edit', this.file, '--section'])} NAME`,
    ]);
  }

  protected override save(): void {
    super.save();
    try {
      writeFileAtomic(this.file, this.text());
    } catch (err) {
      const reason = err instanceof WriteError ? err.message.replace(/^cannot write to .*?: /, '') : ((err as NodeJS.ErrnoException).code ?? String(err));
      throw new InputError(this.file, [{ message: `cannot save the program file (${reason}); the last answer was not saved` }]);
    }
  }
}

function isBlank(file: string): boolean {
  try {
    return new TextDecoder().decode(readBytes(file, MAX_INPUT_BYTES)).trim() === '';
  } catch {
    return false; // a directory or an unreadable file: loading it reports the problem
  }
}

/** Says so before the first question, not after the first answer, when the answers could not be saved. */
function checkWritable(file: string): void {
  if (isReadOnlyFile(file)) throw new InputError(file, [{ message: 'the program file is read-only: make it writable first (chmod u+w) to change it' }]);
  const dir = dirname(resolveLinks(resolve(file)));
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `the folder ${dir} does not exist` : `the folder ${dir} cannot be written to (${code})`;
    throw new InputError(file, [{ message: `cannot save the program file here: ${reason}` }]);
  }
}
