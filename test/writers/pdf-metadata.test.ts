// The PDF's XMP metadata is valid XML whatever the agency is called (issue 11, item 10): pdfkit pasted the title and
// author into the XMP unescaped, so "Research & Development" broke every PDF's XMP and a crafted name could add
// elements. qpdf --check does not look inside the XMP, so the XMP is parsed here with a real XML parser (Python's).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/document/index.js';
import { writePdf } from '../../src/writers/index.js';
import { allElementsData, template } from '../fixtures/documents/fixtures.js';
import { outputDir, pdfInfo } from '../support/clients.js';

const HOSTILE = 'Research & Development <dc:rights>owned</dc:rights> ]]> "quoted" \u0001\u001b[31m';

/** The XMP packet of a PDF (pdfkit writes it uncompressed). */
function xmp(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const start = text.indexOf('<?xpacket begin');
  const end = text.indexOf('<?xpacket end="w"?>');
  return Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), 'latin1').toString('utf8');
}

/** Parses XML with Python's expat; returns the texts of every rdf:li, or throws with the parser's complaint. */
function parseXml(xml: string): string[] {
  const script = 'import sys, xml.etree.ElementTree as E\nroot = E.fromstring(sys.stdin.buffer.read())\nfor li in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"): print(li.text)\nprint("elements", sum(1 for _ in root.iter()))';
  const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`XMP is not well-formed XML: ${r.stderr.trim().split('\n').at(-1)}`);
  return r.stdout.trim().split('\n');
}

describe('PDF metadata', () => {
  it('an agency name with markup and control characters leaves the XMP well-formed, with the name as text', async () => {
    const model = renderTemplate(template('all-elements'), allElementsData());
    model.meta = { ...model.meta, title: `Policy of ${HOSTILE}`, author: HOSTILE };
    const bytes = await writePdf(model);
    const lines = parseXml(xmp(bytes));
    expect(lines).toContain('Research & Development <dc:rights>owned</dc:rights> ]]> "quoted" [31m');
    expect(lines).toContain('Policy of Research & Development <dc:rights>owned</dc:rights> ]]> "quoted" [31m');
    // No element was injected: the clean document's XMP has as many elements.
    const clean = parseXml(xmp(await writePdf(renderTemplate(template('all-elements'), allElementsData()))));
    expect(lines.at(-1)).toBe(clean.at(-1));
    // The Info dictionary keeps the name as it is.
    const file = join(outputDir('pdf-metadata'), 'hostile-metadata.pdf');
    writeFileSync(file, bytes);
    expect(pdfInfo(file).raw.Author).toContain('Research & Development <dc:rights>');
  });
});
