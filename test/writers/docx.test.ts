// The DOCX writer: real Word styles, numbering, repeating header rows, properties, running header and footer,
// content controls, and byte-identical output.

import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { formFields, renderMarkup, renderTemplate, type DocumentModel } from '../../src/document/index.js';
import { writeDocx } from '../../src/writers/index.js';
import { allElementsData, template } from '../fixtures/documents/fixtures.js';
import { docxBodyText, docxParts } from '../support/clients.js';

const STAMP = 'DRAFT — NOT FOR SUBMISSION';
let model: DocumentModel;
let bytes: Uint8Array;
let parts: Record<string, string>;

beforeAll(async () => {
  model = renderTemplate(template('all-elements'), allElementsData(), { stamp: STAMP });
  bytes = await writeDocx(model);
  parts = docxParts(bytes);
});

describe('DOCX structure', () => {
  it('uses Word styles: Title, Heading 1–3 with outline levels (navigation pane), Citation, Missing Answer', () => {
    const styles = parts['word/styles.xml']!;
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style).toContain('<w:keepNext/>');
    }
    expect(styles).toMatch(/w:styleId="Title"/);
    expect(styles).toMatch(/w:styleId="Citation"[\s\S]*?<w:name w:val="Citation"\/>/);
    expect(styles).toMatch(/<w:lang w:val="en-US"\/>/);
    const document = parts['word/document.xml']!;
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?Executive Development Plan/);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>1<\/w:t>[\s\S]*?Program requirements/);
    expect(document).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect(document).toMatch(/<w:rStyle w:val="Citation"\/><\/w:rPr><w:t[^>]*>5\u00A0CFR\u00A0412\.302\(c\)\(1\)/);
    expect(document).toMatch(/<w:rStyle w:val="Placeholder"\/><\/w:rPr><w:t[^>]*>\[Not provided: provider\]/);
  });

  it('numbers lists with Word numbering (1. a. i. and bullets), restarting per list', () => {
    const numbering = parts['word/numbering.xml']!;
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%1\."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="lowerLetter"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>[\s\S]*?<w:lvlText w:val="•"\/>/);
    const document = parts['word/document.xml']!;
    const numIds = new Set([...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBeGreaterThanOrEqual(4); // topics, assignment, its sublist, the note's list
    expect(document).toMatch(/<w:ilvl w:val="1"\/>/);
  });

  it('repeats table header rows and keeps rows whole', () => {
    const document = parts['word/document.xml']!;
    expect(document).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>[\s\S]*?Topic/);
  });

  it('sets the document properties from the model, with fixed dates', () => {
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>DRAFT — Executive Development Plan</dc:title>'); // the fixture is a draft, and says so in its title
    expect(core).toContain('<dc:subject>Executive Development Plan (fixture)</dc:subject>');
    expect(core).toContain('<dc:creator>Department of Example Affairs</dc:creator>');
    expect(core).toContain('<dc:language>en-US</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-03-03T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-03-03T00:00:00Z<\/dcterms:modified>/);
  });

  it('has a header with the stamp and header text and a footer with Page X of Y fields', () => {
    const header = Object.entries(parts).find(([name]) => /word\/header\d+\.xml/.test(name))![1];
    expect(header).toContain(STAMP);
    expect(header).toContain('EDP — Jordan A. Rivera');
    const footer = Object.entries(parts).find(([name]) => /word\/footer\d+\.xml/.test(name))![1];
    expect(footer).toMatch(/Page [\s\S]*?PAGE[\s\S]*? of [\s\S]*?NUMPAGES/);
    expect(parts['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
    expect(parts['word/document.xml']).not.toMatch(/<w:titlePg\/>/); // the stamp is on the first page too
  });

  it('makes every form field a content control tagged with its field name', () => {
    const document = parts['word/document.xml']!;
    const tags = [...document.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    for (const name of formFields(model).map((f) => f.name)) expect(tags).toContain(name);
    // A rating is one drop-down list (one answer), not a checkbox per choice.
    expect(document).toMatch(/<w:tag w:val="assignment_rating"\/>(?:(?!<\/w:sdtPr>).)*<w:dropDownList><w:listItem w:displayText="1" w:value="1"\/>/s);
    expect(tags).not.toContain('assignment_rating_1');
    expect(document).toMatch(/<w:tag w:val="accomplishment"\/>[\s\S]*?<w:text w:multiLine="1"\/>/);
    expect(document).toMatch(/<w:tag w:val="assignment_start"\/>[\s\S]*?<w:dateFormat w:val="MM\/dd\/yyyy"\/>/);
    expect(document).toMatch(/<w:tag w:val="training_complete"\/>[\s\S]*?<w14:checkbox>/);
    expect(document).toMatch(/<w:tag w:val="participant_name"\/>[\s\S]*?<w:sdtContent><w:r><w:t[^>]*>Jordan A\. Rivera<\/w:t>/);
    const ids = [...document.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the same text as the model, in order', () => {
    const text = docxBodyText(bytes);
    const order = ['Executive Development Plan', 'Purpose', 'Program requirements', 'Formal training by topic', 'Counting days', 'Evaluation', 'Approvals', 'Executive Secretary'];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('DOCX determinism', () => {
  it('gives byte-identical files for the same model, whatever the clock or time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const first = await writeDocx(model);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      process.env.TZ = 'America/Los_Angeles';
      const second = await writeDocx(model);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(bytes))).toBe(0);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('zips entries in a fixed order with the document date as their time', () => {
    const names = Object.keys(unzipSync(bytes));
    expect(names.slice(0, 3)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    // Local file header of the first entry: DOS date 2026-03-03 00:00:00.
    const view = Buffer.from(bytes);
    const dosTime = view.readUInt16LE(10);
    const dosDate = view.readUInt16LE(12);
    expect([dosTime, (dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([0, 2026, 3, 3]);
  });

  it('changes when the document changes', async () => {
    const other = await writeDocx(renderMarkup('::document{created="2026-03-03"}\n:::title\nOther\n:::'));
    expect(strFromU8(unzipSync(other)['docProps/core.xml']!)).toContain('<dc:title>Other</dc:title>');
    expect(Buffer.compare(Buffer.from(other), Buffer.from(bytes))).not.toBe(0);
  });
});
