// A program file's YAML document, changed in place so that a hand-written file keeps its comments and key order,
// with one header comment line that remembers the rule set chosen and how far `sescdp init` has got. The terminal
// wizard's ProgramFile saves it to disk after every change; the page keeps it in the browser.
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { formatPath, type Segment } from '../model/data-path.js';
import type { Program } from '../model/program.js';
import { YamlSource, type Position } from '../model/yaml-source.js';

/** The wizard's own line in the file's header comment: `# sescdp-wizard: ruleset=nprm-2025 reached=training.totalHours`. */
const MARKER = /^ ?sescdp-wizard:(.*)$/m;

export interface WizardState {
  ruleset?: string;
  /** Key of the last question `init` completed, in catalogue order. */
  reached?: string;
}

export class ProgramDocument {
  private data?: Program;
  /** Lists whose items read best on one line each (`- { topic: accountability, hours: 14 }`). */
  readonly compactLists = new Set<string>();

  constructor(
    /** The file's name, as findings and messages show it. */
    readonly file: string,
    protected readonly doc: Document,
  ) {}

  /** A program file's text (already checked by loadProgram or parseProgram), to change in place. */
  static parse(file: string, text: string): ProgramDocument {
    return new ProgramDocument(file, parseDocument(text, { uniqueKeys: true }));
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

  /** Puts lines at the top of the file's header comment (each line's text after the "#"). */
  addHeader(lines: readonly string[]): void {
    this.doc.commentBefore = [...lines, ...(this.doc.commentBefore ? [this.doc.commentBefore] : [])].join('\n');
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

  /** Called after every change: the wizard's file saves itself here; the page stores the text. */
  protected save(): void {
    this.data = undefined;
    this.onChange?.(this.text());
  }

  /** Told the new text after every change (the page keeps its work this way). */
  onChange?: (text: string) => void;

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
