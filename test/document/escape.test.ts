// User text is data: whatever a value holds, it comes out exactly as typed and never changes the structure.

import { describe, expect, it } from 'vitest';
import { escapeMarkup, inlineText, Markup, renderMarkup, sanitizeText, type Block, type DocumentModel } from '../../src/document/index.js';
import { HOSTILE, HOSTILE_CLEAN } from '../fixtures/documents/fixtures.js';

const HEAD = '::document{created="2026-03-03" title="T"}\n\n';
const build = (markup: string): DocumentModel => renderMarkup(HEAD + markup);

const CASES: Record<string, string> = {
  heading: '# not a heading',
  newlineTable: 'text\n| a | b |\n|---|---|\n| c | d |',
  list: '- item\n1. item',
  emphasis: '**bold** *italic* _under_ __x__',
  template: '{{x}} {{{y}}} {{> partial}}',
  xml: ']]> <tag attr="v"> &amp; &',
  quotes: `"double" 'single' “curly” ‘curly’`,
  directives: '::field{type=text name=x}\n:::note\n::pagebreak\n:cite[x] :missing[y]',
  backslashes: 'C:\\new\\table \\* \\n',
  emoji: '😀 👍🏽 👩‍💻 🇺🇸 ❤️',
  rtl: 'שלום עולם مرحبا بالعالم',
  spaces: '  leading and trailing  ',
  hostile: HOSTILE,
};

describe('sanitizeText', () => {
  it('removes control characters, keeps tabs as spaces and normalises line ends', () => {
    expect(sanitizeText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f')).toBe('abcdef');
    expect(sanitizeText('a\tb')).toBe('a b');
    expect(sanitizeText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(sanitizeText('lone \uD800 surrogate \uDC00 pair 😀')).toBe('lone  surrogate  pair 😀');
  });
});

describe('escapeMarkup', () => {
  it('prints null and undefined as nothing and numbers as text', () => {
    expect(escapeMarkup(undefined)).toBe('');
    expect(escapeMarkup(null)).toBe('');
    expect(escapeMarkup(1234.5)).toBe('1234\\.5');
  });

  it('passes markup made by helpers through unchanged', () => {
    expect(escapeMarkup(new Markup(':cite[5 CFR 412]'))).toBe(':cite[5 CFR 412]');
  });

  it('is not HTML escaping: & and < stay themselves', () => {
    const model = build(`Value: ${escapeMarkup('Smith & <Jones>')}`);
    expect(inlineText((model.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content)).toBe('Value: Smith & <Jones>');
  });
});

/** Each place a template can put a value, with a way to read the value back from the model. */
const PLACES: { name: string; markup: (v: string) => string; read: (doc: DocumentModel) => string; kinds: string[] }[] = [
  {
    name: 'paragraph',
    markup: (v) => `Before ${v} after`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content).replace(/^Before | after$/g, ''),
    kinds: ['paragraph'],
  },
  {
    name: 'paragraph start',
    markup: (v) => v,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content),
    kinds: ['paragraph'],
  },
  {
    name: 'heading',
    markup: (v) => `# ${v}`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'heading' }>).content),
    kinds: ['heading'],
  },
  {
    name: 'list item',
    markup: (v) => `- ${v}\n- second`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'list' }>).items[0]!.content),
    kinds: ['list'],
  },
  {
    name: 'table cell',
    markup: (v) => `| A | B |\n|---|---|\n| ${v} | x |`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'table' }>).rows[0]![0]!),
    kinds: ['table'],
  },
  {
    name: 'field label and value',
    markup: (v) => `::field[${v}]{type=text name=f value="${v}"}`,
    read: (d) => {
      const field = d.blocks[0] as Extract<Block, { kind: 'field' }>;
      expect(field.value).toBe(inlineText(field.label));
      return field.value!;
    },
    kinds: ['field'],
  },
  {
    name: 'signature name',
    markup: (v) => `::signature[Approved]{name="${v}" title="Chair"}`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'signature' }>).name!),
    kinds: ['signature'],
  },
  {
    name: 'note title',
    markup: (v) => `:::note{title="${v}"}\nbody\n:::`,
    read: (d) => inlineText((d.blocks[0] as Extract<Block, { kind: 'callout' }>).title!),
    kinds: ['callout'],
  },
];

describe('a value in any place stays text and keeps the structure', () => {
  for (const place of PLACES) {
    for (const [name, value] of Object.entries(CASES)) {
      it(`${place.name}: ${name}`, () => {
        const doc = build(place.markup(escapeMarkup(value)));
        expect(doc.blocks.map((b) => b.kind)).toEqual(place.kinds);
        expect(place.read(doc)).toBe(sanitizeText(value));
      });
    }
  }

  it('the hostile value reads back with only its control character removed', () => {
    const doc = build(escapeMarkup(HOSTILE));
    expect(inlineText((doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content)).toBe(HOSTILE_CLEAN);
  });

  it('a newline inside a value is a line break in the same paragraph, not a new block', () => {
    const doc = build(`Note: ${escapeMarkup('first\n\n# second\n| a | b |')}`);
    expect(doc.blocks).toHaveLength(1);
    const content = (doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content;
    expect(content.filter((r) => r.kind === 'break')).toHaveLength(3);
  });

  it('a value cannot add an attribute to a directive, even unquoted', () => {
    expect(() => build(`::field[Name]{type=text name=${escapeMarkup('x value=evil')}}`)).toThrow(/expected an attribute name|needs quotes|has no attribute/);
  });
});
