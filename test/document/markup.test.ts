// The markup a template produces → the document model.

import { describe, expect, it } from 'vitest';
import { inlineText, MarkupError, renderMarkup, type Block, type DocumentModel } from '../../src/document/index.js';

const HEAD = '::document{created="2026-03-03" title="T"}\n\n';
const build = (markup: string, opts = {}): DocumentModel => renderMarkup(HEAD + markup, opts);
const only = <K extends Block['kind']>(doc: DocumentModel, kind: K): Extract<Block, { kind: K }>[] =>
  doc.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

describe('headings', () => {
  it('are numbered 1 / 1.1 / 1.1.1 by the model, with stable ids; {-} leaves one unnumbered', () => {
    const doc = build('# Intro {-}\n# A\n## A1\n### A1a\n## A2\n# B\n### nope {-}\n## B1');
    expect(only(doc, 'heading').map((h) => [h.number ?? '-', h.id, inlineText(h.content)])).toEqual([
      ['-', 'h-u1', 'Intro'],
      ['1', 'h-1', 'A'],
      ['1.1', 'h-1-1', 'A1'],
      ['1.1.1', 'h-1-1-1', 'A1a'],
      ['1.2', 'h-1-2', 'A2'],
      ['2', 'h-2', 'B'],
      ['-', 'h-u2', 'nope'],
      ['2.1', 'h-2-1', 'B1'],
    ]);
  });

  it('may not skip a level, and go three deep', () => {
    expect(() => build('## Orphan')).toThrow(/level-2 heading needs a numbered level-1 heading/);
    expect(() => build('# A\n#### Too deep')).toThrow(/three levels deep/);
  });
});

describe('paragraphs and inline markup', () => {
  it('joins lines, ends at a blank line, and reads bold, italic, citations and missing answers', () => {
    const doc = build('First **bold** and *it*\nstill first :cite[5 CFR 412.302] :missing[ERB chair].\n\nSecond');
    const [first, second] = only(doc, 'paragraph');
    expect(first!.content).toEqual([
      { kind: 'text', text: 'First ' },
      { kind: 'text', text: 'bold', bold: true },
      { kind: 'text', text: ' and ' },
      { kind: 'text', text: 'it', italic: true },
      { kind: 'text', text: ' still first ' },
      { kind: 'text', text: '5 CFR 412.302', citation: true },
      { kind: 'text', text: ' ' },
      { kind: 'placeholder', label: 'ERB chair' },
      { kind: 'text', text: '.' },
    ]);
    expect(inlineText(first!.content)).toBe('First bold and it still first 5\u00A0CFR\u00A0412.302 [Not provided: ERB chair].');
    expect(inlineText(second!.content)).toBe('Second');
  });

  it('leaves unpaired or space-flanked asterisks as text', () => {
    expect(inlineText(only(build('2 * 3 = 6 and *open'), 'paragraph')[0]!.content)).toBe('2 * 3 = 6 and *open');
  });

  it('rejects an unknown inline directive, naming the line', () => {
    expect(() => build('line one\n\nsee :cte[5 CFR 412]')).toThrow(/rendered line 5\): unknown inline directive ":cte/);
  });
});

describe('lists', () => {
  it('nest by indentation and carry the labels both writers print', () => {
    const doc = build('3. three\n   - bullet\n     1. deep\n4. four\n\n- b1\n- b2');
    const [numbered, bullets] = only(doc, 'list');
    expect(numbered!.start).toBe(3);
    expect(numbered!.items.map((i) => i.label)).toEqual(['3.', '4.']);
    const nested = numbered!.items[0]!.sublist!;
    expect([nested.ordered, nested.depth, nested.items[0]!.label]).toEqual([false, 1, '◦']);
    const deep = nested.items[0]!.sublist!;
    expect([deep.ordered, deep.depth, deep.items[0]!.label, inlineText(deep.items[0]!.content)]).toEqual([true, 2, 'i.', 'deep']);
    expect(bullets!.items.map((i) => i.label)).toEqual(['•', '•']);
  });

  it('joins indented continuation lines to their item and go on across blank lines', () => {
    const doc = build('- one\n  continued\n\n- two');
    const [list] = only(doc, 'list');
    expect(list!.items.map((i) => inlineText(i.content))).toEqual(['one continued', 'two']);
  });

  it('stop at three levels', () => {
    expect(() => build('- a\n  - b\n    - c\n      - d')).toThrow(/nest at most 3 levels/);
  });
});

describe('tables', () => {
  it('read the header, alignment, widths and caption', () => {
    const doc = build(':::table{widths="3,1" caption="Hours"}\n| Topic | Hours |\n|:--|--:|\n| Planning | 16 |\n| Finance |\n:::');
    const [table] = only(doc, 'table');
    expect(table!.columns).toEqual([
      { width: 0.75, align: 'left' },
      { width: 0.25, align: 'right' },
    ]);
    expect(table!.header.map(inlineText)).toEqual(['Topic', 'Hours']);
    expect(table!.rows.map((r) => r.map(inlineText))).toEqual([
      ['Planning', '16'],
      ['Finance', ''],
    ]);
    expect(inlineText(table!.caption!)).toBe('Hours');
  });

  it('size columns by content when no widths are given', () => {
    const [table] = only(build('| A | B |\n|---|---|\n| short | a much longer cell of text in this column |'), 'table');
    expect(table!.columns[1]!.width).toBeGreaterThan(table!.columns[0]!.width * 3);
    expect(table!.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(1);
  });

  it('reject rows wider than the header and bad widths, naming the line', () => {
    expect(() => build('| A |\n|---|\n| 1 | 2 |')).toThrow(/rendered line 5\): this row has 2 cells; the header has 1/);
    expect(() => build(':::table{widths="1"}\n| A | B |\n|---|---|\n:::')).toThrow(/rendered line 3\): widths="1" must give 2/);
    expect(() => build('| A |\n| B |')).toThrow(/needs a header row followed by a separator row/);
  });
});

describe('directives', () => {
  it('make form fields with stable names and defaults', () => {
    const doc = build(
      '::field[Name]{type=text name=participant_name value="Jo"}\n::field[Notes]{type=multiline name=notes}\n::field[Done]{type=checkbox name=done checked}\n::field[When]{type=date name=when}\n::field[Rate]{type=rating name=rate value=NA}',
    );
    expect(only(doc, 'field').map((f) => [f.field, f.name, f.value ?? f.checked ?? f.lines ?? null])).toEqual([
      ['text', 'participant_name', 'Jo'],
      ['multiline', 'notes', 4],
      ['checkbox', 'done', true],
      ['date', 'when', null],
      ['rating', 'rate', 'NA'],
    ]);
  });

  it('reject duplicate field names, unknown attributes and unknown directives', () => {
    expect(() => build('::field[A]{type=text name=x}\n::field[B]{type=date name=x}')).toThrow(/"x" is already used/);
    expect(() => build('::signature[A]{field="s"}\n::field[B]{type=date name=s_date}')).toThrow(/"s_date" is already used/);
    expect(() => build('::field[A]{type=text name=x colour=red}')).toThrow(/has no attribute "colour"/);
    expect(() => build('::fieldd[A]{type=text name=x}')).toThrow(/unknown directive "::fieldd"/);
    expect(() => build('::field[A]{type=slider name=x}')).toThrow(/not one of text, multiline/);
    expect(() => build('::field[A]{type=rating name=x value=7}')).toThrow(/1 to 5 or NA/);
  });

  it('make notes, title blocks, signatures and page breaks', () => {
    const doc = renderMarkup(
      '::document{created="2026-03-03"}\n:::title\nPlan\nAgency\n:::\n:::important{title="Heads up"}\nBody\n\n- item\n:::\n::pagebreak\n::signature[Approved]{name="Dr. Lee" title="Chair" field="erb"}',
    );
    expect(doc.meta.title).toBe('Plan');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'callout', 'pageBreak', 'signature']);
    const callout = only(doc, 'callout')[0]!;
    expect([callout.tone, inlineText(callout.title!), callout.blocks.map((b) => b.kind)]).toEqual(['important', 'Heads up', ['paragraph', 'list']]);
    const signature = only(doc, 'signature')[0]!;
    expect([inlineText(signature.role), inlineText(signature.name!), inlineText(signature.title!), signature.field]).toEqual(['Approved', 'Dr. Lee', 'Chair', 'erb']);
  });

  it('report an unclosed container at its opening line', () => {
    const error = (() => {
      try {
        build('text\n\n:::note\nnever closed');
      } catch (e) {
        return e as MarkupError;
      }
    })();
    expect(error).toBeInstanceOf(MarkupError);
    expect(error!.markupLine).toBe(5);
    expect(error!.message).toMatch(/":::note" has no closing ":::" line/);
  });
});

describe('document properties', () => {
  it('come from ::document, the title block, and options; the stamp option wins', () => {
    const doc = renderMarkup(':::title\nPolicy\n:::\n::document{subject="S" author="Agency" header="H" stamp="DRAFT" created="2026-03-03T14:30:00-05:00"}', {
      stamp: 'DRAFT — NOT FOR SUBMISSION',
    });
    expect(doc.meta).toEqual({
      title: 'DRAFT — Policy', // a draft says so in its title too
      subject: 'S',
      author: 'Agency',
      language: 'en-US',
      created: '2026-03-03T19:30:00Z',
      headerText: 'H',
      stamp: 'DRAFT — NOT FOR SUBMISSION',
    });
  });

  it('never take the creation date from the clock', () => {
    expect(() => renderMarkup(':::title\nX\n:::')).toThrow(/no creation date/);
    expect(renderMarkup(':::title\nX\n:::', { sourceDateEpoch: '1772496000' }).meta.created).toBe('2026-03-03T00:00:00Z');
    expect(renderMarkup(':::title\nX\n:::\n::document{created="2026-01-01"}', { created: '2026-02-02' }).meta.created).toBe('2026-02-02T00:00:00Z');
  });
});
