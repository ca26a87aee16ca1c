// A parsed YAML file that remembers where every value came from, so findings and input
// errors can name the line and column a user should look at.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError } from './input-error.js';

export type DataPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Parses YAML text; syntax errors become an InputError naming file, line and column. */
  static parse(file: string, text: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      // Only the first syntax error: the ones after it are usually echoes of it.
      let offset = first.pos[0];
      let message = `YAML syntax: ${firstLine(first.message)}`;
      const quote = /Missing closing (["'])quote/.exec(first.message)?.[1];
      if (quote) {
        // yaml reports the end of the file; the user needs the quote that was opened and never closed.
        offset = Math.max(0, text.lastIndexOf(quote, offset - 1));
        message = `YAML syntax: this ${quote} quote is never closed`;
      }
      const pos = lines.linePos(offset);
      throw new InputError(file, [{ line: pos.line, column: pos.col, message }]);
    }
    return new YamlSource(file, doc, lines);
  }

  /**
   * The plain data (maps become objects). Aliases are bounded so a "billion laughs" file cannot hang us: yaml counts
   * every use of an anchor, multiplied through nested aliases. The bound grows with the number of aliases written,
   * so a cohort file that reuses one anchor per participant (`training: *core-training`) loads at any size, while
   * nesting that expands exponentially is still refused, as an input error.
   */
  toData(): unknown {
    let aliases = 0;
    visit(this.doc, { Alias: () => void aliases++ });
    try {
      return this.doc.toJS({ maxAliasCount: 100 * Math.max(1, aliases) });
    } catch (err) {
      if (!(err instanceof ReferenceError && /alias/i.test(err.message))) throw err;
      throw new InputError(this.file, [{ line: 1, column: 1, message: 'its aliases (*name) expand to too much data; write the repeated parts out, or nest aliases less deeply' }]);
    }
  }

  /**
   * Where the value at `path` starts. When the path does not exist (a missing answer), the
   * nearest existing ancestor's key is returned, which is where the user would add it.
   * `at: 'key'` points at the key itself (used for unknown keys).
   */
  locate(path: DataPath, at: 'value' | 'key' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let anchor: Node | null = (this.doc.contents as Node | null) ?? null;
    for (const [i, segment] of path.entries()) {
      const wantKey = at === 'key' && i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) break;
        // An empty value (`key:`) has no node of its own; point at the key instead.
        anchor = wantKey || !pair.value ? (pair.key as Node) : (pair.value as Node);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        anchor = node as Node;
      } else {
        break;
      }
    }
    const offset = anchor?.range?.[0] ?? 0;
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
