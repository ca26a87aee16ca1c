// Document blocks → Word paragraphs and tables, in the same order and with the same words as the PDF.

import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ITableCellBorders,
  type ITableCellOptions,
  type ITableRowOptions,
} from 'docx';
import {
  DATE_CAPTION,
  choicePrompt,
  fieldChoices,
  fieldLabel,
  fieldTooltip,
  inlineText,
  SIGNATURE_CAPTION,
  signatureFieldNames,
  type Block,
  type Callout,
  type ColumnAlign,
  type FormField,
  type Heading,
  type Inline,
  type List,
  type SignatureBlock,
  type Table as TableBlock,
  type TitleBlock,
} from '../../document/model.js';
import { COLOR, CONTENT_WIDTH, DOCX_TYPE, SPACE } from '../theme.js';
import { chartParagraph } from './chart.js';
import { contentControl, ControlIds } from './fields.js';
import { runs } from './inline.js';
import { NumberingRegistry } from './numbering.js';
import { STYLE } from './styles.js';
import { eighths, twips } from './units.js';

type Element = Paragraph | Table;

const FULL_WIDTH = twips(CONTENT_WIDTH);
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN: Record<ColumnAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const line = (color: string, points = 0.5) => ({ style: BorderStyle.SINGLE, size: eighths(points), color });

/** A full-width table of one cell: the frame of a callout or of a form field's box. */
function boxTable(cell: Omit<ITableCellOptions, 'width'>, row: Omit<ITableRowOptions, 'children'> = {}): Table {
  return new Table({
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: [FULL_WIDTH],
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ ...row, children: [new TableCell({ width: { size: FULL_WIDTH, type: WidthType.DXA }, ...cell })] })],
  });
}

/** The space after a box (a table cannot carry space after itself). */
function spacerAfterBox(): Paragraph {
  return new Paragraph({ spacing: { after: twips(SPACE.blockAfter - 6) }, children: [] });
}

function plain(content: readonly Inline[]): string {
  return inlineText(content).replace(/\s+/g, ' ').trim();
}

export class DocxBlocks {
  /** Charts so far: numbers each picture's name. */
  private charts = 0;
  readonly numbering = new NumberingRegistry();
  private readonly controls = new ControlIds();
  private pageBreakPending = false;

  /** A paragraph, taking a pending page break as "page break before". */
  private paragraph(options: IParagraphOptions): Paragraph {
    if (this.pageBreakPending) {
      this.pageBreakPending = false;
      return new Paragraph({ ...options, pageBreakBefore: true });
    }
    return new Paragraph(options);
  }

  /** Before a table: Word cannot break the page before a table, so an empty, tiny paragraph carries the break. */
  private breakBeforeTable(): Paragraph[] {
    if (!this.pageBreakPending) return [];
    return [this.paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [new TextRun({ text: '', size: 2 })] })];
  }

  convert(blocks: readonly Block[]): Element[] {
    const out: Element[] = [];
    for (const block of blocks) out.push(...this.block(block));
    return out;
  }

  private block(block: Block): Element[] {
    switch (block.kind) {
      case 'title':
        return this.title(block);
      case 'heading':
        return [this.heading(block)];
      case 'paragraph':
        return [this.paragraph({ children: runs(block.content) })];
      case 'list':
        return this.list(block);
      case 'table':
        return this.table(block);
      case 'callout':
        return this.callout(block);
      case 'field':
        return this.field(block);
      case 'signature':
        return this.signature(block);
      case 'chart':
        return [chartParagraph(block, ++this.charts)];
      case 'pageBreak':
        this.pageBreakPending = true;
        return [];
    }
  }

  private title(block: TitleBlock): Paragraph[] {
    const rule = { bottom: { style: BorderStyle.SINGLE, size: eighths(1.5), color: COLOR.heading, space: 6 } };
    const last = block.subtitles.length;
    return [
      this.paragraph({ heading: HeadingLevel.TITLE, children: runs(block.title), ...(last === 0 ? { border: rule } : {}) }),
      ...block.subtitles.map((subtitle, i) =>
        this.paragraph({ style: STYLE.subtitle, children: runs(subtitle), ...(i === last - 1 ? { border: rule, spacing: { after: twips(18) } } : {}) }),
      ),
    ];
  }

  /** The number is text (decided by the model), followed by a tab to a hanging indent. */
  private heading(block: Heading): Paragraph {
    const children = runs(block.content);
    if (!block.number) return this.paragraph({ heading: HEADINGS[block.level], children });
    const indent = twips(36);
    return this.paragraph({
      heading: HEADINGS[block.level],
      indent: { left: indent, hanging: indent },
      tabStops: [{ type: TabStopType.LEFT, position: indent }],
      children: [new TextRun({ text: block.number }), new TextRun({ text: '\t' }), ...children],
    });
  }

  private list(list: List): Paragraph[] {
    const numbering = this.numbering.forList(list);
    const out: Paragraph[] = [];
    for (const item of list.items) {
      out.push(this.paragraph({ style: 'ListParagraph', numbering, children: runs(item.content) }));
      if (item.sublist) out.push(...this.list(item.sublist));
    }
    return out;
  }

  private table(block: TableBlock): Element[] {
    const widths = block.columns.map((c) => Math.round(c.width * FULL_WIDTH));
    const borders = { top: line(COLOR.tableBorder), bottom: line(COLOR.tableBorder), left: line(COLOR.tableBorder), right: line(COLOR.tableBorder) };
    const margins = { top: twips(SPACE.tableCellPadding), bottom: twips(SPACE.tableCellPadding), left: twips(SPACE.tableCellPadding), right: twips(SPACE.tableCellPadding) };
    const cell = (content: Inline[], column: number, header: boolean): TableCell =>
      new TableCell({
        width: { size: widths[column]!, type: WidthType.DXA },
        borders,
        margins,
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOR.tableHeaderFill, color: 'auto' } } : {}),
        children: [new Paragraph({ style: STYLE.tableText, alignment: ALIGN[block.columns[column]!.align], children: runs(content, header ? { bold: true } : {}) })],
      });
    const out: Element[] = [];
    if (block.caption) out.push(this.paragraph({ style: STYLE.caption, children: runs(block.caption) }));
    else out.push(...this.breakBeforeTable());
    out.push(
      new Table({
        width: { size: FULL_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((c, i) => cell(c, i, true)) }),
          ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
        ],
      }),
    );
    out.push(new Paragraph({ spacing: { after: twips(SPACE.blockAfter - 6) }, children: [] }));
    return out;
  }

  /** A note: a one-cell table with a tinted background and a colored bar on the left. */
  private callout(block: Callout): Element[] {
    const children: Paragraph[] = [];
    if (block.title) children.push(new Paragraph({ style: STYLE.noteTitle, children: runs(block.title) }));
    for (const inner of block.blocks) {
      if (inner.kind === 'paragraph') children.push(new Paragraph({ children: runs(inner.content) }));
      else children.push(...this.list(inner));
    }
    const bar = block.tone === 'important' ? COLOR.importantBar : COLOR.noteBar;
    const fill = block.tone === 'important' ? COLOR.importantFill : COLOR.noteFill;
    return [
      ...this.breakBeforeTable(),
      boxTable({
        shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
        borders: { ...NO_BORDERS, left: { style: BorderStyle.SINGLE, size: eighths(3), color: bar } },
        margins: { top: twips(7), bottom: twips(7 - SPACE.paragraphAfter), left: twips(10), right: twips(10) },
        children,
      }),
      spacerAfterBox(),
    ];
  }

  private field(field: FormField): Element[] {
    const label = fieldLabel(field);
    const title = fieldTooltip(field);
    if (field.field === 'checkbox') {
      return [this.paragraph({ children: [contentControl({ type: 'checkbox', checked: !!field.checked }, field.name, title, this.controls), new TextRun({ text: ' ' }), ...runs(label)] })];
    }
    const labelParagraph = this.paragraph({ style: STYLE.fieldLabel, children: runs(label) });
    if (field.field === 'rating' || field.field === 'yesno') {
      const prompt = choicePrompt(field);
      const control = contentControl({ type: 'dropdown', choices: fieldChoices(field), prompt }, field.name, title, this.controls, field.value);
      return [labelParagraph, new Paragraph({ spacing: { after: twips(SPACE.blockAfter) }, children: [control] })];
    }
    const multiline = field.field === 'multiline';
    const kind = field.field === 'date' ? ({ type: 'date' } as const) : ({ type: 'text', multiline } as const);
    const boxBorder = line(COLOR.fieldBorder, 0.75);
    const height = multiline ? (field.lines ?? 4) * DOCX_TYPE.body * SPACE.lineHeight + 6 : 20;
    return [
      labelParagraph,
      boxTable(
        {
          borders: { top: boxBorder, bottom: boxBorder, left: boxBorder, right: boxBorder },
          shading: { type: ShadingType.CLEAR, fill: COLOR.fieldFill, color: 'auto' },
          verticalAlign: multiline ? VerticalAlign.TOP : VerticalAlign.CENTER,
          margins: { top: twips(2), bottom: twips(2), left: twips(4), right: twips(4) },
          children: [new Paragraph({ spacing: { after: 0 }, children: [contentControl(kind, field.name, title, this.controls, field.value)] })],
        },
        { cantSplit: true, height: { value: twips(height), rule: HeightRule.ATLEAST } },
      ),
      spacerAfterBox(),
    ];
  }

  /** Role; then a borderless table: signature and date lines, the name (or "Signature") and "Date", the title. */
  private signature(block: SignatureBlock): Element[] {
    const signWidth = Math.round(FULL_WIDTH * 0.58);
    const gapWidth = Math.round(FULL_WIDTH * 0.1);
    const dateWidth = FULL_WIDTH - signWidth - gapWidth;
    const widths = [signWidth, gapWidth, dateWidth];
    const names = block.field ? signatureFieldNames(block.field) : undefined;
    const role = plain(block.role);
    const cell = (column: number, children: Paragraph[], underline = false): TableCell =>
      new TableCell({
        width: { size: widths[column]!, type: WidthType.DXA },
        borders: underline ? { ...NO_BORDERS, bottom: line(COLOR.text, 0.75) } : NO_BORDERS,
        verticalAlign: underline ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
        margins: { top: 0, bottom: twips(1), left: 0, right: 0 },
        children,
      });
    const p = (options: IParagraphOptions = {}): Paragraph => new Paragraph({ keepNext: true, spacing: { after: 0 }, ...options });
    const signLine = names ? [contentControl({ type: 'text' }, names.signature, `${role}: signature`, this.controls)] : [];
    const dateLine = names ? [contentControl({ type: 'date' }, names.date, `${role}: date`, this.controls)] : [];
    const nameRuns = block.name ? runs(block.name, { bold: true }) : [new TextRun({ text: SIGNATURE_CAPTION })];
    const rows = [
      new TableRow({ cantSplit: true, height: { value: twips(34), rule: HeightRule.ATLEAST }, children: [cell(0, [p({ children: signLine })], true), cell(1, [p({})]), cell(2, [p({ children: dateLine })], true)] }),
      new TableRow({ cantSplit: true, children: [cell(0, [p({ children: nameRuns })]), cell(1, [p({})]), cell(2, [p({ children: [new TextRun({ text: DATE_CAPTION })] })])] }),
    ];
    if (block.title) {
      rows.push(new TableRow({ cantSplit: true, children: [cell(0, [p({ children: runs(block.title, { color: COLOR.muted }) })]), cell(1, [p({})]), cell(2, [p({})])] }));
    }
    return [
      this.paragraph({ keepNext: true, keepLines: true, spacing: { before: twips(8), after: 0 }, children: runs(block.role, { bold: true }) }),
      new Table({ width: { size: FULL_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }),
      new Paragraph({ spacing: { after: twips(16) }, children: [] }),
    ];
  }
}
