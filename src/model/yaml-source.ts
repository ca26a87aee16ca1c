// A parsed YAML file that remembers where every value came from, so findings and input
// errors can name the line and column a user should look at.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { InputError } from './input-error.js';
import { tagMessage, YamlDataProblem, yamlToData } from './yaml-data.js';

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
    let doc: Document;
    try {
      // Duplicate keys are found by yamlToData, in linear time (yaml's own check is quadratic).
      doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw new InputError(file, [{ line: 1, column: 1, message: 'YAML syntax: brackets or braces are nested too deeply to read' }]);
    }
    // Only the first syntax error: the ones after it are usually echoes of it. A tag we do not read is an error too.
    const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (first) {
      let offset = first.pos[0];
      let message = `YAML syntax: ${firstLine(first.message)}`;
      const quote = /Missing closing (["'])quote/.exec(first.message)?.[1];
      const tag = /Unresolved tag: (\S+)/.exec(first.message)?.[1];
      if (quote) {
        // yaml reports the end of the file; the user needs the quote that was opened and never closed.
        offset = Math.max(0, text.lastIndexOf(quote, offset - 1));
        message = `YAML syntax: this ${quote} quote is never closed`;
      } else if (/Maximum call stack/.test(first.message)) {
        message = 'YAML syntax: brackets or braces are nested too deeply to read';
      } else if (/multiple documents/.test(first.message)) {
        message = 'a file holds one YAML document; a second one starts here (at "---" or "...") — remove it or move it to its own file';
      } else if (tag) {
        message = tagMessage(tag);
      }
      const pos = lines.linePos(offset);
      throw new InputError(file, [{ line: pos.line, column: pos.col, message }]);
    }
    return new YamlSource(file, doc, lines);
  }

  /**
   * The plain data (maps become objects), in time and memory bounded by what the document expands to
   * (yaml-data.ts): a cohort file that reuses one anchor per participant (`training: *core-training`) loads at any
   * size, while aliases nested to expand exponentially are refused, as an input error at the alias.
   */
  toData(): unknown {
    try {
      return yamlToData(this.doc);
    } catch (err) {
      if (!(err instanceof YamlDataProblem)) throw err;
      const pos = this.lines.linePos(err.offset);
      throw new InputError(this.file, [{ line: pos.line, column: pos.col, message: err.message }]);
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
        const pair = pairsByKey(node).get(segment);
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

/** Each mapping's pairs by key, built once: locating a finding in a mapping of 100,000 keys stays linear overall. */
const pairIndex = new WeakMap<YAMLMap, Map<unknown, Pair>>();
function pairsByKey(map: YAMLMap): Map<unknown, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const key = isScalar(p.key) ? p.key.value : p.key;
      if (!index.has(key)) index.set(key, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
