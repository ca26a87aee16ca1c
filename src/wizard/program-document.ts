// A program file's YAML document, changed in place so that a hand-written file keeps its comments and key order.
// The rule set chosen is its top-level `ruleset:` key (every command reads it); one header comment line remembers
// how far `sescdp init` has got (older files kept the rule set there too, and are moved to the key). The terminal
// wizard's ProgramFile saves it to disk after every change; the page keeps it in the browser.
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';
import { formatPath, type Segment } from '../model/data-path.js';
import type { Program } from '../model/program.js';
import { YamlSource, type Position } from '../model/yaml-source.js';

/** The wizard's own line in the file's header comment: `# sescdp-wizard: reached=training.totalHours`. */
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

  /** The rule set (the `ruleset:` key, else an older file's header comment) and how far init has got. */
  get state(): WizardState {
    const marker = this.marker();
    const ruleset = typeof this.program.ruleset === 'string' ? this.program.ruleset : marker.ruleset;
    return { ...(ruleset ? { ruleset } : {}), ...(marker.reached ? { reached: marker.reached } : {}) };
  }

  /** Writes the rule set as the `ruleset:` key and the progress as the header comment line, then saves. */
  setState(state: WizardState): void {
    if (state.ruleset && this.doc.get('ruleset') !== state.ruleset) this.setRulesetKey(state.ruleset);
    const line = state.reached ? ` sescdp-wizard: reached=${state.reached}` : undefined;
    const key = this.firstKey();
    const replace = (comment: string) => (line ? comment.replace(MARKER, line) : comment.replace(MARKER, '').replace(/\n{2,}/g, '\n').replace(/^\n|\n$/g, ''));
    if (this.doc.commentBefore && MARKER.test(this.doc.commentBefore)) this.doc.commentBefore = replace(this.doc.commentBefore) || null;
    else if (key?.commentBefore && MARKER.test(key.commentBefore)) key.commentBefore = replace(key.commentBefore) || undefined;
    else if (line) this.doc.commentBefore = this.doc.commentBefore ? `${this.doc.commentBefore}\n${line}` : line;
    this.save();
  }

  /** An older file named its rule set only in the header comment: it moves to the `ruleset:` key. */
  migrateRuleset(): void {
    if (this.program.ruleset === undefined && this.marker().ruleset) this.setState(this.state);
  }

  private marker(): WizardState {
    const text = this.headerComments().find((c) => MARKER.test(c));
    const fields = text ? MARKER.exec(text)![1]!.trim().split(/\s+/) : [];
    return Object.fromEntries(fields.map((f) => f.split('=', 2) as [string, string]).filter(([k, v]) => k && v)) as WizardState;
  }

  /** The key goes first (after `$schema:`), where a reader looks for what the file is judged by. */
  private setRulesetKey(id: string): void {
    const root = this.doc.contents;
    if (!isMap(root)) {
      this.doc.set('ruleset', id);
      return;
    }
    const existing = root.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === 'ruleset');
    if (existing) {
      existing.value = this.doc.createNode(id);
      return;
    }
    const at = (isScalar(root.items[0]?.key) && root.items[0].key.value === '$schema') ? 1 : 0;
    const pair = this.doc.createPair(new Scalar('ruleset'), id) as Pair<unknown, unknown>;
    const first = root.items[at]?.key;
    // A comment above the first key stays above the file's first key.
    if (at === 0 && isScalar(first) && first.commentBefore) {
      (pair.key as Scalar).commentBefore = first.commentBefore;
      first.commentBefore = undefined;
    }
    root.items.splice(at, 0, pair);
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
