// Templates: helpers, partials, escaping through Handlebars, and errors that name the file and line.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cfrCitation,
  formatDate,
  formatNumber,
  inlineText,
  plural,
  renderTemplate,
  renderTemplateText,
  TemplateError,
  type Block,
  type MissingAnswer,
} from '../../src/document/index.js';

let dir: string;
const file = (name: string, text: string): string => {
  const target = path.join(dir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
};
const HEAD = '::document{created="2026-03-03" title="T"}\n';

function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sescdp-templates-'));
});

describe('helpers', () => {
  it('format dates without time-zone drift', () => {
    expect(formatDate('2026-03-03')).toBe('March 3, 2026');
    expect(formatDate('2026-12-31T23:30:00-10:00')).toBe('December 31, 2026');
    expect(formatDate('2026-03-03', 'numeric')).toBe('03/03/2026');
    expect(() => formatDate('2026-02-30')).toThrow(/not an ISO date/);
  });

  it('format numbers, plurals and CFR citations', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('-1234', 2)).toBe('-1,234.00');
    expect(plural(1, 'hour')).toBe('1 hour');
    expect(plural(10, 'hour')).toBe('10 hours');
    expect(plural(1200, 'day')).toBe('1,200 days');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(cfrCitation('412.302(c)(2)')).toBe('5 CFR 412.302(c)(2)');
    expect(() => cfrCitation('see above')).toThrow(/not a CFR section/);
  });

  it('work inside templates and print data literally', () => {
    const t = file(
      'helpers.hbs',
      `${HEAD}On {{date start}} ({{date start style="numeric"}}): {{plural hours "hour"}}, \${{number budget}}, {{cfr "412.302(c)(2)"}}, {{cite "E.O. 14170"}}. Chair: {{answer chair "ERB chair" path="erb.chair.name"}}; topics: {{join topics "; "}}.{{#if (and (eq kind "umbrella") (not sub))}} Umbrella.{{/if}}`,
    );
    const doc = renderTemplate(t, { start: '2026-03-03', hours: 1, budget: 1234567, chair: '', topics: ['A*', 'B_'], kind: 'umbrella', sub: false });
    const paragraph = doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>;
    expect(inlineText(paragraph.content)).toBe(
      'On March 3, 2026 (03/03/2026): 1 hour, $1,234,567, 5\u00A0CFR\u00A0412.302(c)(2), E.O.\u00A014170. Chair: [Not provided: ERB chair]; topics: A*; B_. Umbrella.',
    );
    expect(paragraph.content.filter((r) => r.kind === 'text' && r.citation)).toHaveLength(2);
    expect(paragraph.content.some((r) => r.kind === 'placeholder' && r.label === 'ERB chair')).toBe(true);
  });

  it('answer with a unit counts the value, or marks it missing', () => {
    const t = file('answer-unit.hbs', `${HEAD}{{answer a "training hours" unit="hour" path="a"}}; {{answer b "vacancies" unit="vacancy" plural="vacancies" path="b"}}; {{answer c "coaching hours" unit="hour" path="c"}}.`);
    const doc = renderTemplate(t, { a: 100, b: 1, c: undefined });
    expect(inlineText((doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content)).toBe('100 hours; 1 vacancy; [Not provided: coaching hours].');
    expect(() => renderTemplate(t, { a: 'lots', b: 2 })).toThrow(/"lots" is not a number/);
  });

  it('treat a missing link in the middle of a path as a missing answer, not a crash', () => {
    const t = file('paths.hbs', `${HEAD}{{answer a.b.c "deep value" path="a.b.c"}}{{#if a.b.c}} yes{{else}} no{{/if}}; {{#each a.list}}x{{else}}none{{/each}}.`);
    const doc = renderTemplate(t, { a: { list: [] } });
    expect(inlineText((doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content)).toBe('[Not provided: deep value] no; none.');
    const printed = file('paths-printed.hbs', `${HEAD}\n{{a.b.c}}`);
    expect(() => renderTemplate(printed, { a: {} })).toThrow(TemplateError);
    try {
      renderTemplate(printed, { a: {} });
    } catch (err) {
      expect((err as TemplateError).message).toMatch(/the data lacks "a\.b\.c"|"c" not defined/);
      expect((err as TemplateError).location.line).toBe(3);
    }
  });

  it('answer records each missing answer with its place in the input, in blocks, loops and partials', () => {
    file('partials/signer.hbs', '::signature[Approved]{name="{{answer who "signer" path=whoPath}}"}\n');
    const t = file(
      'missing.hbs',
      `${HEAD}{{answer a "first" path="a"}}; {{#each people}}{{answer name "name" path="people[].name" at=@index}} {{/each}}{{#if ok}}{{answer b "second" path="x.b"}}{{/if}}\n\n{{> signer who=nobody whoPath="signatory.name"}}\n`,
    );
    const missing: MissingAnswer[] = [];
    renderTemplate(t, { a: 'here', people: [{ name: 'A' }, {}, { name: '' }], ok: true, nobody: undefined }, { missing });
    expect(missing).toEqual([
      { label: 'name', path: 'people[1].name' },
      { label: 'name', path: 'people[2].name' },
      { label: 'second', path: 'x.b' },
      { label: 'signer', path: 'signatory.name' },
    ]);
  });

  it('answer without path=, or with [] and no at=, is a template error', () => {
    expect(() => renderTemplate(file('no-path.hbs', `${HEAD}{{answer a "first"}}`), { a: 1 })).toThrow(/answer needs path="\.\.\."/);
    expect(() => renderTemplate(file('no-at.hbs', `${HEAD}{{answer a "first" path="list[].a"}}`), {})).toThrow(/pass at=@index/);
  });

  it('escape values for the markup, not for HTML, and never evaluate data', () => {
    const t = file('escape.hbs', `${HEAD}{{value}}`);
    const value = '{{constructor.constructor "alert(1)"}} & <b> *x* # y';
    expect(renderTemplateText(t, { value })).toContain('\\{\\{constructor\\.constructor \\"alert\\(1\\)\\"\\}\\} \\& \\<b\\> \\*x\\* \\# y');
    const doc = renderTemplate(t, { value });
    expect(inlineText((doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).content)).toBe(value);
  });
});

describe('partials', () => {
  it('load from partials/ beside the template, with parameters', () => {
    file('partials/approval.hbs', '::signature[{{role}}]{name="{{answer who "signer" path="erb.chair.name"}}" title="Chair"}\n');
    const t = file('with-partial.hbs', `${HEAD}{{> approval role="Approved" who=chair}}\n`);
    const doc = renderTemplate(t, { chair: 'Dr. Lee' });
    const signature = doc.blocks[0] as Extract<Block, { kind: 'signature' }>;
    expect([inlineText(signature.role), inlineText(signature.name!)]).toEqual(['Approved', 'Dr. Lee']);
  });
});

describe('template errors name the file and line', () => {
  it('an unknown helper', () => {
    const t = file('unknown-helper.hbs', `${HEAD}line two\nline three {{fancy value}}\n`);
    const error = templateError(() => renderTemplate(t, { value: 1 }));
    expect([error.file, error.line]).toEqual([t, 3]);
    expect(error.message).toMatch(/unknown-helper\.hbs:3:\d+: unknown helper "fancy"/);
  });

  it('a missing partial', () => {
    const t = file('missing-partial.hbs', `${HEAD}\n\n{{> nowhere}}\n`);
    const error = templateError(() => renderTemplate(t, {}));
    expect([error.file, error.line]).toEqual([t, 4]);
    expect(error.message).toMatch(/the partial "nowhere" could not be found/);
  });

  it('a value the template needs but the data lacks', () => {
    const t = file('missing-value.hbs', `${HEAD}Chair: {{erb.chair}}\n`);
    const error = templateError(() => renderTemplate(t, { erb: {} }));
    expect([error.file, error.line]).toEqual([t, 2]);
    expect(error.message).toMatch(/missing-value\.hbs:2:\d+: the data lacks "erb\.chair", which \{\{erb\.chair\}\} needs/);
    expect(templateError(() => renderTemplate(t, {})).message).toMatch(/the data lacks "erb\.chair"/);
  });

  it('a list the data lacks', () => {
    const t = file('missing-list.hbs', `${HEAD}\n{{#each cohorts}}- {{name}}\n{{/each}}`);
    const error = templateError(() => renderTemplate(t, {}));
    expect([error.file, error.line]).toEqual([t, 3]);
    expect(error.message).toMatch(/no list for this #each/);
  });

  it('an error inside a partial names the partial', () => {
    const partial = file('partials/broken.hbs', 'fine\n{{missing.value}}\n');
    const t = file('uses-broken.hbs', `${HEAD}{{> broken}}\n`);
    const error = templateError(() => renderTemplate(t, {}));
    expect([error.file, error.line]).toEqual([partial, 2]);
  });

  it('a helper given a bad value', () => {
    const t = file('bad-date.hbs', `${HEAD}\nStart: {{date start}}\n`);
    const error = templateError(() => renderTemplate(t, { start: 'soon' }));
    expect([error.file, error.line]).toEqual([t, 3]);
    expect(error.message).toMatch(/"soon" is not an ISO date .* in \{\{date start\}\}/);
  });

  it('triple braces, which would insert data unescaped', () => {
    const t = file('triple.hbs', `${HEAD}{{{value}}}\n`);
    const error = templateError(() => renderTemplate(t, { value: '# x' }));
    expect([error.file, error.line]).toEqual([t, 2]);
    expect(error.message).toMatch(/triple braces/);
  });

  it('a Handlebars syntax error', () => {
    const t = file('syntax.hbs', `${HEAD}\n{{#if x}}\nnever closed\n`);
    const error = templateError(() => renderTemplate(t, { x: true }));
    expect(error.file).toBe(t);
    expect(error.message).toMatch(/syntax\.hbs:5: template syntax error: Expecting .*got 'EOF'/);
  });

  it('markup errors name the template too', () => {
    const t = file('bad-markup.hbs', `${HEAD}::field[Name]{type=text}\n`);
    expect(() => renderTemplate(t, {})).toThrow(/bad-markup\.hbs \(rendered line 2\): "field" needs name=/);
  });
});
