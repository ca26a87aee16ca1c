// The work the page holds: the program being edited, as its YAML document (so an opened file keeps its comments and
// key order, as `sescdp edit` keeps them), and the files a cohort or a filled EDP is made from.
import { Document } from 'yaml';
import { parseProgram, type LoadedProgram } from '../model/load.js';
import { availableRulesets, DEFAULT_RULESET, loadRuleset, type Ruleset } from '../rules/ruleset.js';
import { ProgramDocument } from '../wizard/program-document.js';

export const NEW_PROGRAM_FILE = 'sescdp.yaml';

/** A file the user opened: its name and its text (already checked as UTF-8). */
export interface OpenedFile {
  name: string;
  text: string;
}

export interface WorkInputs {
  cohort?: OpenedFile;
  roster?: OpenedFile;
  participant?: OpenedFile;
}

export class Work {
  /** Whether any answer has changed since the file was opened (until then its text is kept byte for byte). */
  edited: boolean;
  inputs: WorkInputs = {};

  private constructor(
    readonly doc: ProgramDocument,
    private readonly opened: string,
    edited: boolean,
  ) {
    this.edited = edited;
  }

  get fileName(): string {
    return this.doc.file;
  }

  /** A program file's text; an InputError (with lines and columns) when it is not a program. */
  static open(name: string, text: string, edited = false): Work {
    parseProgram(name, text);
    return new Work(ProgramDocument.parse(name, text), text, edited);
  }

  /** A new program under a rule set, with the header `sescdp init` would write (less the schema path, which the page cannot know). */
  static blank(ruleset: Ruleset): Work {
    const doc = new ProgramDocument(NEW_PROGRAM_FILE, new Document({}));
    doc.addHeader([
      ` SES Candidate Development Program, written with the sescdp page to the ${ruleset.shortTitle}.`,
      ` Check it: sescdp validate ${NEW_PROGRAM_FILE}    Change a section: sescdp edit ${NEW_PROGRAM_FILE} --section NAME`,
    ]);
    doc.setState({ ruleset: ruleset.id });
    return new Work(doc, doc.text(), true);
  }

  /** The program file's text as it would be saved. */
  text(): string {
    return this.edited ? this.doc.text() : this.opened;
  }

  /** The program as the command line would read the saved file (what documents and packages are built from). */
  loaded(): LoadedProgram {
    return parseProgram(this.fileName, this.text());
  }

  /** The rule set the file records (as `sescdp edit` reads it), else the default. */
  get rulesetId(): string {
    const id = this.doc.state.ruleset;
    return id && availableRulesets().includes(id) ? id : DEFAULT_RULESET;
  }

  ruleset(): Ruleset {
    return loadRuleset(this.rulesetId);
  }

  setRuleset(id: string): void {
    this.doc.setState({ ...this.doc.state, ruleset: id });
  }
}
