// The program file as the wizard edits it: a YAML Document changed in place (so a hand-written
// file keeps its comments and key order), saved atomically after every answer, with one comment
// line that remembers the rule set chosen and how far `sescdp init` has got.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { formatPath, type Segment } from '../model/data-path.js';
import { InputError } from '../model/input-error.js';
import { loadProgram } from '../model/load.js';
import type { Program } from '../model/program.js';
import { YamlSource, type Position } from '../model/yaml-source.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { schemaDir } from '../paths.js';

/** The wizard's own line in the file's header comment: `# sescdp-wizard: ruleset=nprm-2025 reached=training.totalHours`. */
const MARKER = /^ ?sescdp-wizard:(.*)$/m;

export interface WizardState {
  ruleset?: string;
  /** Key of the last question `init` completed, in catalogue order. */
  reached?: string;
}

export class ProgramFile {
  private data?: Program;
  /** Lists whose items read best on one line each (`- { topic: accountability, hours: 14 }`). */
  readonly compactLists = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly doc: Document,
    /** Whether the file existed with content when opened. */
    readonly existed: boolean,
  ) {}

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

  get program(): Program {
    this.data ??= (this.doc.toJS({ maxAliasCount: 100 }) ?? {}) as Program;
    return this.data;
  }

  /** Records an answer (undefined removes it) and saves the file. */
  set(path: readonly Segment[], value: unknown): void {
    if (value === undefined) {
      if (!this.doc.hasIn(path)) return;
      this.doc.deleteIn(path);
    } else {
      this.createItems(path);
      this.doc.setIn(path, this.nodeFor(path, value));
    }
    this.spaceTopLevel(path[0]);
    this.save();
  }

  get state(): WizardState {
    const text = this.headerComments().find((c) => MARKER.test(c));
    const fields = text ? MARKER.exec(text)![1]!.trim().split(/\s+/) : [];
    return Object.fromEntries(fields.map((f) => f.split('=', 2) as [string, string]).filter(([k, v]) => k && v)) as WizardState;
  }

  setState(state: WizardState): void {
    const line = ` sescdp-wizard: ${Object.entries(state)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`;
    const key = this.firstKey();
    if (this.doc.commentBefore && MARKER.test(this.doc.commentBefore)) this.doc.commentBefore = this.doc.commentBefore.replace(MARKER, line);
    else if (key?.commentBefore && MARKER.test(key.commentBefore)) key.commentBefore = key.commentBefore.replace(MARKER, line);
    else this.doc.commentBefore = this.doc.commentBefore ? `${this.doc.commentBefore}\n${line}` : line;
    this.save();
  }

  /** The header a new file starts with: where its schema is, and how to check and change it. */
  writeHeader(rulesetTitle: string, rulesetOption: string): void {
    const schema = relative(dirname(resolve(this.file)), join(schemaDir, 'sescdp.schema.json')).split(sep).join('/');
    this.doc.commentBefore = [
      ` yaml-language-server: $schema=${schema}`,
      ` SES Candidate Development Program, written with \`sescdp init\` to the ${rulesetTitle}.`,
      ` Check it: sescdp validate ${this.file}${rulesetOption}    Change a section: sescdp edit ${this.file} --section NAME`,
      ...(this.doc.commentBefore ? [this.doc.commentBefore] : []),
    ].join('\n');
    this.save();
  }

  text(): string {
    return this.doc.toString({ lineWidth: 0 });
  }

  /** Where a finding's path is in the saved text, as `validate` reports it. */
  locator(): (path: (string | number)[]) => Position {
    const source = YamlSource.parse(this.file, this.text());
    return (path) => source.locate(path);
  }

  private save(): void {
    this.data = undefined;
    try {
      writeFileAtomic(this.file, this.text());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new InputError(this.file, [{ message: `cannot save the program file (${code}); the last answer was not saved` }]);
    }
  }

  /**
   * A new list item is written like its neighbours (one line each in `- { a: 1 }` style), or
   * compactly in a compact list. Lists and maps must become YAML nodes: setIn stores plain values
   * as they are, and a later setIn inside a plain array would fail.
   */
  private nodeFor(path: readonly Segment[], value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const parent = this.doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    const inList = isSeq(parent) && typeof last === 'number';
    const neighbour = inList ? (parent.items[last] ?? parent.items[last - 1]) : undefined;
    const compact = neighbour !== undefined ? isMap(neighbour) && neighbour.flow : inList && this.compactLists.has(formatPath(path.slice(0, -1)));
    const node = this.doc.createNode(value, { flow: compact });
    if (isSeq(node) && this.compactLists.has(formatPath(path))) for (const item of node.items) if (isMap(item)) item.flow = true;
    return node;
  }

  /** Answering the first field of a new list item creates the item, styled as nodeFor says. */
  private createItems(path: readonly Segment[]): void {
    path.forEach((seg, i) => {
      const item = path.slice(0, i + 1);
      if (typeof seg === 'number' && i < path.length - 1 && !this.doc.hasIn(item)) this.doc.setIn(item, this.nodeFor(item, {}));
    });
  }

  /** A blank line before each top-level section the wizard adds, as in a hand-written file. */
  private spaceTopLevel(key: Segment | undefined): void {
    const root = this.doc.contents;
    if (!isMap(root) || key === undefined) return;
    const index = root.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
    const pair = root.items[index] as Pair<unknown, unknown> | undefined;
    if (!pair || index === 0 || isScalar(pair.key)) return;
    const node = this.doc.createNode(pair.key) as Node;
    node.spaceBefore = true;
    pair.key = node;
  }

  private firstKey(): Node | undefined {
    const root = this.doc.contents;
    const key = isMap(root) ? root.items[0]?.key : undefined;
    return isScalar(key) ? key : undefined;
  }

  private headerComments(): string[] {
    return [this.doc.commentBefore, this.firstKey()?.commentBefore].filter((c): c is string => Boolean(c));
  }
}

function isBlank(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').trim() === '';
  } catch {
    return false; // a directory or an unreadable file: loading it reports the problem
  }
}

/** Says so before the first question, not after the first answer, when the answers could not be saved. */
function checkWritable(file: string): void {
  const dir = dirname(resolve(file));
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `the folder ${dir} does not exist` : `the folder ${dir} cannot be written to (${code})`;
    throw new InputError(file, [{ message: `cannot save the program file here: ${reason}` }]);
  }
}
