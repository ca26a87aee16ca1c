// Block markup → document blocks. Line-based: a block starts at a line's first character, and escaped
// characters never count, so inserted user text (always escaped) can never start one.
//
//   # Heading / ## Sub / ### Subsub        numbered; add {-} at the end for an unnumbered heading
//   paragraph lines                        joined with spaces; a blank line ends the paragraph
//   - bullet / 1. numbered                 nest by indenting two or more spaces (three levels)
//   | pipe | table |                      header row, separator row, body rows
//   :::title / :::note / :::important / :::table{...}  ...  :::
//   ::field[Label]{...}  ::signature[Role]{...}  ::pagebreak  ::document{...}

import { isEscaped } from '../escape.js';
import { MarkupError } from '../errors.js';
import type {
  Block,
  Callout,
  FieldType,
  FormField,
  Heading,
  HeadingLevel,
  Inline,
  List,
  Paragraph,
  SignatureBlock,
  Table,
  TitleBlock,
} from '../model.js';
import { inlineText, signatureFieldNames, type Chart } from '../model.js';
import { Attributes, parseDirective, type Directive } from './directive.js';
import { parseInline } from './inline.js';
import { MarkupSyntaxError } from './syntax-error.js';
import { listLabel, MAX_LIST_DEPTH, readListMarker } from './lists.js';
import { columnsOf, contentWidths, isTableLine, parseWidths, readSeparator, splitRow } from './tables.js';

/** Settings from a `::document{...}` directive. */
export interface DocumentSettings {
  title?: string;
  subject?: string;
  author?: string;
  header?: string;
  stamp?: string;
  created?: string;
}

export interface ParsedMarkup {
  settings: DocumentSettings;
  blocks: Block[];
}

const FIELD_TYPES: readonly FieldType[] = ['text', 'multiline', 'checkbox', 'date', 'rating', 'yesno'];
/** Letters, digits and _ (a PDF field name may not hold a period), at most 40 long (a Word content-control tag is short). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Trim trailing whitespace that is not escaped. */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1]!) && !isEscaped(line, end - 1)) end--;
  return line.slice(0, end);
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Trim a markup line without eating an escaped space at its end (a value that ends with a space). */
function trimMarkup(line: string): string {
  return trimLineEnd(line).replace(/^\s+/, '');
}

function joinLines(lines: string[]): string {
  return lines.map(trimMarkup).join(' ');
}

class BlockParser {
  private pos = 0;
  private readonly settings: DocumentSettings = {};
  private sawSettings = false;
  private readonly headingCounters = [0, 0, 0];
  private unnumberedHeadings = 0;
  private readonly fieldNames = new Set<string>();

  constructor(
    private readonly lines: string[],
    private readonly file: string | undefined,
    /** Offset of these lines in the whole markup (container bodies are parsed with their own parser). */
    private readonly lineOffset = 0,
  ) {}

  private fail(reason: string, at = this.pos): never {
    throw new MarkupError(reason, this.lineOffset + at + 1, (this.lines[at] ?? '').trim(), this.file);
  }

  /** Run a parse step, turning syntax errors into MarkupErrors at the given line. */
  private at<T>(line: number, step: () => T): T {
    try {
      return step();
    } catch (error) {
      if (error instanceof MarkupSyntaxError) this.fail(error.message, line);
      throw error;
    }
  }

  private inline(src: string, line: number): Inline[] {
    return this.at(line, () => parseInline(src));
  }

  parse(allowed: 'document' | 'callout' = 'document'): ParsedMarkup {
    const blocks: Block[] = [];
    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos]!;
      if (isBlank(line)) {
        this.pos++;
        continue;
      }
      const block = allowed === 'document' ? this.block(line) : this.calloutBlock(line);
      if (block) blocks.push(block);
    }
    return { settings: this.settings, blocks };
  }

  private block(line: string): Block | undefined {
    if (line.startsWith(':::')) return this.container(line);
    if (line.startsWith('::')) return this.leaf(line);
    if (/^#{1,6}(?: |$)/.test(line)) return this.heading(line);
    if (readListMarker(line)) return this.list();
    if (isTableLine(line)) return this.table();
    return this.paragraph();
  }

  private calloutBlock(line: string): Block {
    if (readListMarker(line)) return this.list();
    if (line.startsWith('::') || /^#{1,6}(?: |$)/.test(line) || isTableLine(line)) {
      this.fail('a note holds only paragraphs and lists');
    }
    return this.paragraph();
  }

  // ---- headings ----

  private heading(line: string): Heading {
    const m = /^(#{1,6}) *(.*)$/.exec(line)!;
    const level = m[1]!.length;
    if (level > 3) this.fail(`headings go three levels deep (#, ##, ###); "${m[1]}" is too deep`);
    let text = m[2]!;
    let numbered = true;
    const suffix = /\s*\{-\}$/.exec(text);
    if (suffix && !isEscaped(text, suffix.index + suffix[0].indexOf('{'))) {
      numbered = false;
      text = text.slice(0, suffix.index);
    }
    const content = this.inline(trimMarkup(text), this.pos);
    if (!content.length) this.fail('a heading needs text');
    const heading: Heading = { kind: 'heading', level: level as HeadingLevel, content, id: '' };
    if (numbered) {
      const parts = this.numberHeading(level);
      heading.number = parts.join('.');
      heading.id = `h-${parts.join('-')}`;
    } else {
      heading.id = `h-u${++this.unnumberedHeadings}`;
    }
    this.pos++;
    return heading;
  }

  /** Heading numbers (1 / 1.1 / 1.1.1) are decided here so both writers print the same ones. */
  private numberHeading(level: number): number[] {
    for (let l = 0; l < level - 1; l++) {
      if (this.headingCounters[l] === 0) {
        this.fail(`a level-${level} heading needs a numbered level-${l + 1} heading before it (heading levels may not skip)`);
      }
    }
    this.headingCounters[level - 1]!++;
    for (let l = level; l < 3; l++) this.headingCounters[l] = 0;
    return this.headingCounters.slice(0, level);
  }

  // ---- paragraphs ----

  private paragraph(): Paragraph {
    const start = this.pos;
    const parts: string[] = [];
    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos]!;
      if (isBlank(line)) break;
      if (parts.length && (line.startsWith('::') || /^#{1,6}(?: |$)/.test(line) || readListMarker(line) || isTableLine(line))) break;
      parts.push(line);
      this.pos++;
    }
    return { kind: 'paragraph', content: this.inline(joinLines(parts), start) };
  }

  // ---- lists ----

  private list(): List {
    interface Open {
      list: List;
      indent: number;
    }
    const first = readListMarker(this.lines[this.pos]!)!;
    const root: List = { kind: 'list', ordered: first.ordered, depth: 0, start: first.number, items: [] };
    const stack: Open[] = [{ list: root, indent: first.indent }];
    const texts = new Map<object, { lines: string[]; at: number }>();
    let lastItem: List['items'][number] | undefined;

    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos]!;
      if (isBlank(line)) {
        // A list goes on across blank lines when the next text is another item or an indented continuation.
        let next = this.pos + 1;
        while (next < this.lines.length && isBlank(this.lines[next]!)) next++;
        const following = this.lines[next];
        if (following === undefined) break;
        const marker = readListMarker(following);
        const continues = marker ? marker.indent > first.indent || marker.ordered === root.ordered : /^ {2,}/.test(following);
        if (!continues) break;
        this.pos = next;
        continue;
      }
      const marker = readListMarker(line);
      if (!marker) {
        if (!/^ {2,}/.test(line) || !lastItem) break;
        texts.get(lastItem)!.lines.push(line); // continuation of the previous item
        this.pos++;
        continue;
      }
      let top = stack[stack.length - 1]!;
      if (marker.indent > top.indent && lastItem) {
        if (top.list.depth >= MAX_LIST_DEPTH) this.fail(`lists nest at most ${MAX_LIST_DEPTH + 1} levels deep`);
        const sub: List = { kind: 'list', ordered: marker.ordered, depth: top.list.depth + 1, start: marker.number, items: [] };
        lastItem.sublist = sub;
        top = { list: sub, indent: marker.indent };
        stack.push(top);
      } else {
        while (stack.length > 1 && marker.indent < top.indent) {
          stack.pop();
          top = stack[stack.length - 1]!;
        }
        if (marker.ordered !== top.list.ordered) {
          if (stack.length === 1) break; // a new list of the other kind starts here
          this.fail('a nested list mixes bullets and numbers; use one kind per list');
        }
      }
      const item = { label: '', content: [] as Inline[] };
      top.list.items.push(item);
      texts.set(item, { lines: [marker.text], at: this.pos });
      lastItem = item;
      this.pos++;
    }

    const finish = (list: List): void => {
      list.items.forEach((item, index) => {
        item.label = listLabel(list, index);
        const text = texts.get(item)!;
        item.content = this.inline(joinLines(text.lines), text.at);
        if (item.sublist) finish(item.sublist);
      });
    };
    finish(root);
    return root;
  }

  // ---- tables ----

  private table(attrs?: Attributes, directiveLine?: number): Table {
    const start = this.pos;
    const rows: { cells: string[]; at: number }[] = [];
    while (this.pos < this.lines.length && isTableLine(this.lines[this.pos]!)) {
      rows.push({ cells: splitRow(this.lines[this.pos]!), at: this.pos });
      this.pos++;
    }
    const [header, separator, ...body] = rows;
    const aligns = separator ? readSeparator(this.lines[separator.at]!) : undefined;
    if (!header || !separator || !aligns) {
      this.fail('a table needs a header row followed by a separator row such as |---|---|', start + (header ? 1 : 0));
    }
    const columns = header.cells.length;
    if (aligns.length !== columns) this.fail(`the separator row has ${aligns.length} cells; the header has ${columns}`, separator.at);
    for (const row of body) {
      if (row.cells.length > columns) this.fail(`this row has ${row.cells.length} cells; the header has ${columns}`, row.at);
      while (row.cells.length < columns) row.cells.push('');
    }
    const widthSpec = attrs?.text('widths');
    const widths = widthSpec
      ? this.at(directiveLine ?? start, () => parseWidths(widthSpec, columns))
      : contentWidths([header.cells, ...body.map((r) => r.cells)], columns);
    const table: Table = {
      kind: 'table',
      columns: columnsOf(widths, aligns),
      header: header.cells.map((c) => this.inline(c, header.at)),
      rows: body.map((r) => r.cells.map((c) => this.inline(c, r.at))),
    };
    const caption = attrs?.raw('caption');
    if (caption) table.caption = this.inline(caption, directiveLine ?? start);
    return table;
  }

  // ---- directives ----

  private directive(line: string, colons: number): Directive {
    return this.at(this.pos, () => parseDirective(line.slice(colons)));
  }

  private attributes(directive: Directive, allowed: readonly string[]): Attributes {
    return this.at(this.pos, () => new Attributes(directive, allowed));
  }

  private leaf(line: string): Block | undefined {
    const directive = this.directive(line, 2);
    const at = this.pos;
    let block: Block | undefined;
    this.at(at, () => {
      switch (directive.name) {
        case 'pagebreak':
          this.attributes(directive, []);
          block = { kind: 'pageBreak' };
          break;
        case 'field': {
          const field = this.field(directive);
          this.claimFieldName(field.name);
          block = field;
          break;
        }
        case 'signature': {
          const signature = this.signature(directive);
          if (signature.field) {
            const names = signatureFieldNames(signature.field);
            this.claimFieldName(names.signature);
            this.claimFieldName(names.date);
          }
          block = signature;
          break;
        }
        case 'document':
          this.documentSettings(directive);
          break;
        case 'chart':
          block = this.chart(directive);
          break;
        default:
          throw new MarkupSyntaxError(`unknown directive "::${directive.name}" (known: ::field, ::signature, ::chart, ::pagebreak, ::document)`);
      }
    });
    this.pos++;
    return block;
  }

  private field(directive: Directive): FormField {
    const attrs = this.attributes(directive, ['type', 'name', 'value', 'checked', 'lines', 'tooltip']);
    const type = attrs.required('type') as FieldType;
    if (!FIELD_TYPES.includes(type)) throw new MarkupSyntaxError(`field type "${type}" is not one of ${FIELD_TYPES.join(', ')}`);
    const name = attrs.required('name');
    if (!FIELD_NAME.test(name)) throw new MarkupSyntaxError(`field name "${name}" must be a letter followed by up to 39 letters, digits or _`);
    if (directive.label === undefined) throw new MarkupSyntaxError('a field needs a label: ::field[Label]{...}');
    const field: FormField = { kind: 'field', field: type, name, label: parseInline(directive.label) };
    const value = attrs.text('value');
    if (value !== undefined && value !== '') {
      if (type === 'checkbox') throw new MarkupSyntaxError('a checkbox takes "checked", not "value"');
      if (type === 'rating' && !['1', '2', '3', '4', '5', 'NA'].includes(value)) {
        throw new MarkupSyntaxError(`a rating value is 1 to 5 or NA, not "${value}"`);
      }
      if (type === 'yesno' && value !== 'Yes' && value !== 'No') throw new MarkupSyntaxError(`a yes/no value is Yes or No, not "${value}"`);
      field.value = value;
    }
    if (attrs.flag('checked')) {
      if (type !== 'checkbox') throw new MarkupSyntaxError('"checked" is for checkboxes');
      field.checked = true;
    }
    const lines = attrs.text('lines');
    if (lines !== undefined) {
      if (type !== 'multiline') throw new MarkupSyntaxError('"lines" is for multiline fields');
      const n = Number(lines);
      if (!Number.isInteger(n) || n < 2 || n > 30) throw new MarkupSyntaxError('lines must be a whole number from 2 to 30');
      field.lines = n;
    } else if (type === 'multiline') {
      field.lines = 4;
    }
    const tooltip = attrs.text('tooltip')?.replace(/\s+/g, ' ').trim();
    if (tooltip) field.tooltip = tooltip;
    return field;
  }

  /** A chart: `labels` and `values` are lists separated by "|"; `alt` states the numbers for a screen reader. */
  private chart(directive: Directive): Chart {
    const attrs = this.attributes(directive, ['type', 'labels', 'values', 'alt', 'max', 'unit']);
    const type = attrs.required('type');
    if (type !== 'bar' && type !== 'line') throw new MarkupSyntaxError(`chart type "${type}" is not bar or line`);
    if (directive.label === undefined) throw new MarkupSyntaxError('a chart needs a caption: ::chart[Caption]{...}');
    const labels = attrs.required('labels').split('|');
    const values = attrs.required('values').split('|').map(Number);
    if (labels.length !== values.length || values.some((v) => !Number.isFinite(v) || v < 0)) throw new MarkupSyntaxError('a chart needs as many values (numbers, 0 or more) as labels');
    const alt = attrs.required('alt').replace(/\s+/g, ' ').trim();
    const chart: Chart = { kind: 'chart', chart: type, caption: inlineText(parseInline(directive.label)), alt, labels, values };
    const max = attrs.text('max');
    if (max !== undefined) chart.max = Number(max);
    const unit = attrs.text('unit');
    if (unit) chart.unit = unit;
    return chart;
  }

  /** A filled form is read back by field name, so each name may be used once. */
  private claimFieldName(name: string): void {
    if (this.fieldNames.has(name)) throw new MarkupSyntaxError(`the field name "${name}" is already used; field names must be unique`);
    this.fieldNames.add(name);
  }

  private signature(directive: Directive): SignatureBlock {
    const attrs = this.attributes(directive, ['name', 'title', 'field']);
    if (directive.label === undefined) throw new MarkupSyntaxError('a signature needs a role: ::signature[Approved]{...}');
    const block: SignatureBlock = { kind: 'signature', role: parseInline(directive.label) };
    const name = attrs.raw('name');
    if (name) block.name = parseInline(name);
    const title = attrs.raw('title');
    if (title) block.title = parseInline(title);
    const field = attrs.text('field');
    if (field !== undefined) {
      if (!FIELD_NAME.test(field)) throw new MarkupSyntaxError(`field name "${field}" must be a letter followed by up to 39 letters, digits or _`);
      block.field = field;
    }
    return block;
  }

  private documentSettings(directive: Directive): void {
    if (this.sawSettings) throw new MarkupSyntaxError('"::document" may appear only once');
    this.sawSettings = true;
    const attrs = this.attributes(directive, ['title', 'subject', 'author', 'header', 'stamp', 'created']);
    for (const key of ['title', 'subject', 'author', 'header', 'stamp', 'created'] as const) {
      // Properties are plain text: markup in them (a citation, a draft's missing answer) is read as it prints.
      const raw = attrs.raw(key);
      const content = raw === undefined ? [] : parseInline(raw);
      // A missing author is left out of the file's properties rather than written as a placeholder.
      if (key === 'author' && content.some((run) => run.kind === 'placeholder')) continue;
      const value = raw === undefined ? undefined : inlineText(content).replace(/\u00A0/g, ' ').replace(/\n/g, ' ').trim();
      if (value) this.settings[key] = value;
    }
  }

  private container(line: string): Block {
    const opening = this.pos;
    const directive = this.directive(line, 3);
    let end = this.pos + 1;
    while (end < this.lines.length && this.lines[end]!.trim() !== ':::') {
      if (this.lines[end]!.startsWith(':::')) this.fail('containers (:::) cannot nest; close the open one with ":::" first', end);
      end++;
    }
    if (end >= this.lines.length) this.fail(`":::${directive.name}" has no closing ":::" line`);
    const body = this.lines.slice(opening + 1, end);
    this.pos = end + 1;
    switch (directive.name) {
      case 'title':
        this.at(opening, () => new Attributes(directive, []));
        return this.titleBlock(body, opening + 1);
      case 'note':
      case 'important':
        return this.callout(directive, body, opening);
      case 'table': {
        const attrs = this.at(opening, () => new Attributes(directive, ['widths', 'caption']));
        // The inner parser sees the opening line as its line 0, so errors about attributes point at it.
        const inner = new BlockParser(this.lines.slice(opening, end), this.file, this.lineOffset + opening);
        inner.pos = 1;
        while (inner.pos < inner.lines.length && isBlank(inner.lines[inner.pos]!)) inner.pos++;
        if (inner.pos >= inner.lines.length || !isTableLine(inner.lines[inner.pos]!)) this.fail('":::table" must hold a pipe table', opening);
        const table = inner.table(attrs, 0);
        if (inner.lines.slice(inner.pos).some((l) => !isBlank(l))) this.fail('":::table" holds one table and nothing else', opening);
        return table;
      }
      default:
        return this.fail(`unknown container ":::${directive.name}" (known: :::title, :::note, :::important, :::table)`, opening);
    }
  }

  private titleBlock(body: string[], firstLine: number): TitleBlock {
    const lines = body.map((l, i) => ({ text: trimMarkup(l), at: firstLine + i })).filter((l) => l.text);
    if (!lines.length) this.fail('":::title" needs the title on its first line', firstLine - 1);
    const [title, ...subtitles] = lines.map((l) => this.inline(l.text, l.at));
    return { kind: 'title', title: title!, subtitles };
  }

  private callout(directive: Directive, body: string[], opening: number): Callout {
    const attrs = this.at(opening, () => new Attributes(directive, ['title']));
    const inner = new BlockParser(this.lines.slice(opening, opening + 1 + body.length), this.file, this.lineOffset + opening);
    inner.pos = 1;
    const blocks = inner.parse('callout').blocks as (Paragraph | List)[];
    if (!blocks.length) this.fail(`":::${directive.name}" is empty`, opening);
    const callout: Callout = { kind: 'callout', tone: directive.name as Callout['tone'], blocks };
    const title = attrs.raw('title');
    if (title) callout.title = this.inline(title, opening);
    return callout;
  }
}

/** Parse block markup. `file` names the template in error messages. */
export function parseMarkup(markup: string, file?: string): ParsedMarkup {
  const lines = markup.replace(/\r\n?/g, '\n').split('\n').map(trimLineEnd);
  return new BlockParser(lines, file).parse();
}
