// Rendering benchmarks: a 20-page document to DOCX and PDF in one warm process, LibreOffice converting the same
// DOCX, and the measurement behind the PDF library choice (pdfkit vs pdf-lib drawing the same laid-out pages).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { renderMarkup, type DocumentModel } from '../src/document/index.js';
import { writeDocx, writePdf } from '../src/writers/index.js';
import { layoutDocument } from '../src/writers/pdf/layout/index.js';
import { PdfkitMetrics } from '../src/writers/pdf/metrics.js';
import type { Bench, BenchRow } from './run.js';
import { runOnce } from './process.js';
import { timed, timeMedian } from './run.js';

const SENTENCES = [
  'The Executive Resources Board reviews each development plan against the competencies the agency needs.',
  'Participants meet their mentors at least monthly and record what they learned in the plan.',
  'A developmental assignment gives the participant executive-level responsibility outside the position of record.',
  'Formal training is interagency and brings participants together with senior employees from other agencies.',
  'The program manager evaluates every cohort and reports the results to the Board, citing :cite[5 CFR 412.303(a)].',
  'Coaching sessions are scheduled by the participant and confirmed by the coach — Nguyễn Thị Ánh, Zoë O’Brien-Łukasik.',
];

/** About 20 pages of the kinds of content the real templates hold. */
export function benchMarkup(sections = 14): string {
  const out = [
    '::document{subject="Benchmark document" author="Department of Example Affairs" created="2026-03-03"}',
    ':::title\nSenior Executive Service Candidate Development Program\nDepartment of Example Affairs\n:::',
  ];
  for (let s = 1; s <= sections; s++) {
    out.push(`# Program element ${s}`);
    for (let p = 0; p < 3; p++) out.push(SENTENCES.map((_, k) => SENTENCES[(s + p + k) % SENTENCES.length]).join(' '));
    out.push(`## Requirements ${s}`);
    out.push(SENTENCES.slice(0, 4).map((t, k) => `${k + 1}. ${t}\n   - **Evidence:** ${SENTENCES[(k + 2) % 6]}`).join('\n'));
    out.push(`:::note{title="Reminder ${s}"}\n${SENTENCES[s % 6]}\n:::`);
    if (s % 2 === 0) {
      out.push('| Topic | Hours | Provider |\n|---|--:|---|\n' + Array.from({ length: 8 }, (_, r) => `| Topic ${r + 1} | ${12 + r} | Federal Executive Institute |`).join('\n'));
    }
    if (s % 5 === 0) {
      out.push(`::field[Comments on element ${s}]{type=multiline name=comments_${s} lines=3}`);
      out.push(`::field[Rating of element ${s}]{type=rating name=rating_${s}}`);
    }
  }
  out.push('::signature[Approved]{name="Dr. Morgan Lee" title="Chair, Executive Resources Board" field="erb_chair"}');
  return out.join('\n\n');
}

/** pdf-lib drawing the layout our engine computed: text, rules and boxes, no tags, no forms. */
async function pdfLibPaint(model: DocumentModel): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const fontkit = require('@pdf-lib/fontkit') as Parameters<PDFDocument['registerFontkit']>[0];
  const PDFKitDocument = (await import('pdfkit')).default as unknown as new (o: object) => PDFKit.PDFDocument;
  const { fonts: loadFonts, FACES } = await import('../src/writers/pdf/fonts.js');
  const measuring = new PDFKitDocument({ autoFirstPage: false });
  for (const face of FACES) measuring.registerFont(face, loadFonts()[face] as unknown as Buffer);
  const layout = layoutDocument(model, new PdfkitMetrics(measuring));

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const files: Record<string, string> = {
    regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
    boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
    emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  };
  const embedded = new Map<string, PDFFont>();
  const font = async (face: string): Promise<PDFFont> => {
    let f = embedded.get(face);
    if (!f) embedded.set(face, (f = await pdf.embedFont(readFileSync(require.resolve(files[face]!)), { subset: true })));
    return f;
  };
  const color = (hex: string) => rgb(parseInt(hex.slice(0, 2), 16) / 255, parseInt(hex.slice(2, 4), 16) / 255, parseInt(hex.slice(4, 6), 16) / 255);
  for (const laid of layout.pages) {
    const page = pdf.addPage([612, 792]);
    for (const chunk of laid.chunks) {
      for (const op of chunk.ops) {
        if (op.kind === 'text') page.drawText(op.text, { x: op.x, y: 792 - op.y, size: op.size, font: await font(op.face), color: color(op.color) });
        else if (op.kind === 'rect') page.drawRectangle({ x: op.x, y: 792 - op.y - op.h, width: op.w, height: op.h, ...(op.fill ? { color: color(op.fill) } : {}), ...(op.stroke ? { borderColor: color(op.stroke), borderWidth: op.lineWidth ?? 1 } : {}) });
        else if (op.kind === 'line') page.drawLine({ start: { x: op.x1, y: 792 - op.y1 }, end: { x: op.x2, y: 792 - op.y2 }, thickness: op.width, color: color(op.color) });
      }
    }
  }
  return pdf.save();
}

function pdfinfoField(bytes: Uint8Array, field: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-'));
  try {
    const file = path.join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    if (out.error) return '?';
    return new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(out.stdout)?.[1]?.trim() ?? '?';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function libreOfficeRows(docx: Uint8Array): BenchRow[] {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error) return [{ name: 'LibreOffice DOCX → PDF', ms: NaN, note: 'soffice not installed' }];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-lo-'));
  try {
    const input = path.join(dir, 'bench.docx');
    writeFileSync(input, docx);
    const run = (): { ms: number; cpuMs: number } => {
      const result = runOnce({ program: ['soffice', `-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input] });
      if (result.code !== 0) throw new Error('soffice failed');
      return { ms: result.wallMs, cpuMs: result.cpuMs };
    };
    const first = run(); // creates the profile
    const second = run();
    const pages = pdfinfoField(readFileSync(path.join(dir, 'bench.pdf')), 'Pages');
    return [
      { name: 'LibreOffice DOCX → PDF (new profile)', ...first, note: `one soffice process, ${pages} pages` },
      { name: 'LibreOffice DOCX → PDF (warm profile)', ...second, note: 'a new soffice process each time' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const renderBenches: Bench[] = [
  {
    name: 'render',
    async measure() {
      const markup = benchMarkup();
      let model = renderMarkup(markup);
      let pdf: Uint8Array = new Uint8Array();
      let docx: Uint8Array = new Uint8Array();
      const cold = await timed(async () => {
        model = renderMarkup(markup);
        pdf = await writePdf(model);
        docx = await writeDocx(model);
      });
      const pages = pdfinfoField(pdf, 'Pages');
      const modelMs = await timeMedian(async () => renderMarkup(markup));
      const docxMs = await timeMedian(() => writeDocx(model));
      const pdfMs = await timeMedian(() => writePdf(model));
      const bothMs = await timeMedian(async () => Promise.all([writeDocx(renderMarkup(markup)), writePdf(renderMarkup(markup))]));
      return [
        { name: 'markup → document model', ...modelMs, note: `${markup.length.toLocaleString('en-US')} characters of markup` },
        { name: 'model → DOCX', ...docxMs, note: `${(docx.length / 1024).toFixed(0)} KiB` },
        { name: 'model → PDF (pdfkit, tagged)', ...pdfMs, note: `${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB, Tagged: ${pdfinfoField(pdf, 'Tagged')}` },
        { name: 'markup → DOCX + PDF (target < 200)', ...bothMs, note: 'one warm process, median of 10' },
        { name: 'markup → DOCX + PDF, first call', ...cold, note: 'cold: loads docx, pdfkit and the fonts' },
        ...libreOfficeRows(docx),
      ];
    },
  },
  {
    name: 'pdf-library',
    async measure() {
      const model = renderMarkup(benchMarkup());
      const bytes = await pdfLibPaint(model);
      const ms = await timeMedian(() => pdfLibPaint(model));
      const PDFKitDocument = (await import('pdfkit')).default as unknown as new (o: object) => PDFKit.PDFDocument;
      const { fonts: loadFonts, FACES } = await import('../src/writers/pdf/fonts.js');
      const layoutMs = await timeMedian(async () => {
        const measuring = new PDFKitDocument({ autoFirstPage: false });
        for (const face of FACES) measuring.registerFont(face, loadFonts()[face] as unknown as Buffer);
        return layoutDocument(model, new PdfkitMetrics(measuring));
      });
      return [
        { name: 'layout only (shared by both painters)', ...layoutMs, note: 'line breaking and pagination' },
        {
          name: 'layout + pdf-lib paint (comparison)',
          ...ms,
          note: `${(bytes.length / 1024).toFixed(0)} KiB, Tagged: ${pdfinfoField(bytes, 'Tagged')}, no forms, no bookmarks`,
        },
      ];
    },
  },
];
