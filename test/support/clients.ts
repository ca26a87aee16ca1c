// Real-client conformance: what LibreOffice, qpdf and poppler make of a generated document.
// Every test that generates a DOCX or PDF can call these. When CI is set, a missing tool fails the run;
// locally the conformance tests skip with a loud message.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { visualOrder, directionOf } from '../../src/writers/pdf/text/bidi.js';
import type { DocumentModel } from '../../src/document/index.js';
import { inlineText } from '../../src/document/index.js';
import { choicePrompt, fieldChoices } from '../../src/document/model.js';

// ---------------------------------------------------------------- tools

export type Tool = 'soffice' | 'qpdf' | 'pdfinfo' | 'pdftotext';
const PROBE: Record<Tool, string[]> = {
  soffice: ['--version'],
  qpdf: ['--version'],
  pdfinfo: ['-v'],
  pdftotext: ['-v'],
};

const found = new Map<Tool, boolean>();

export function hasTool(tool: Tool): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = !spawnSync(tool, PROBE[tool], { stdio: 'ignore' }).error;
    found.set(tool, ok);
  }
  return ok;
}

/**
 * True when every tool is installed. Missing tools fail the run under CI and print a loud warning locally
 * (the caller then skips its conformance tests).
 */
export function conformanceTools(tools: Tool[] = ['soffice', 'qpdf', 'pdfinfo', 'pdftotext']): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (!missing.length) return true;
  const message = `conformance tools missing: ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils qpdf)`;
  if (process.env.CI) throw new Error(`${message}; CI must have them`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING real-client conformance tests: ${message}\n${'!'.repeat(78)}\n`);
  return false;
}

/** A folder for generated documents, kept after the run so a person can open them. */
export function outputDir(name: string): string {
  const dir = path.join(process.env.SESCDP_TEST_OUT ?? path.join(os.tmpdir(), 'sescdp-test-documents'), name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function save(dir: string, file: string, bytes: Uint8Array): string {
  const target = path.join(dir, file);
  writeFileSync(target, bytes);
  return target;
}

// ---------------------------------------------------------------- LibreOffice

/**
 * Convert files with ONE soffice call and a private profile (concurrent calls sharing a profile silently
 * drop files). Returns the converted file for each input, and fails if any is missing.
 */
export function convertWithLibreOffice(files: string[], format: 'pdf' | 'txt', outDir: string): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sescdp-lo-'));
  const filter = format === 'txt' ? 'txt:Text (encoded):UTF8' : 'pdf';
  try {
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
    return files.map((file) => {
      const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
      try {
        readFileSync(out);
      } catch {
        throw new Error(`soffice did not convert ${file} to ${format}:\n${result.stdout}\n${result.stderr}`);
      }
      return out;
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- qpdf and poppler

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface PdfInfo {
  raw: Record<string, string>;
  title: string;
  pages: number;
  tagged: boolean;
  form: string;
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  const raw: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) raw[m[1]!.trim()] = m[2]!.trim();
  }
  return { raw, title: raw.Title ?? '', pages: Number(raw.Pages), tagged: raw.Tagged === 'yes', form: raw.Form ?? '' };
}

/** Text in content-stream order (-raw), pages separated by form feeds. */
export function pdfText(file: string, opts: { first?: number; last?: number } = {}): string {
  const args = ['-raw', '-enc', 'UTF-8'];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  // stderr is ignored: poppler complains there when it cannot draw a filled field's value in the form's font.
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

export function pdfPageTexts(file: string): string[] {
  const pages = pdfText(file).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box (points from the top-left), from pdftotext -bbox. */
export function pdfWordBoxes(file: string): { boxes: WordBox[]; pageWidth: number; pageHeight: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const boxes: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) boxes.push({ page, xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]!, text: w[5]! });
  }
  return { boxes, pageWidth, pageHeight };
}

// ---------------------------------------------------------------- DOCX read-back

/** The parts of a .docx package, as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.entries(entries).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The body text of word/document.xml: a line per paragraph, tabs and breaks kept. */
export function docxBodyText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  return body
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:t(?: [^>]*)?\/>|<w:tab\/>|<w:br\/>|<w:sym [^>]*w:char="([0-9A-F]+)"/g)]
        .map((m) => (m[0].startsWith('<w:tab') ? '\t' : m[0].startsWith('<w:br') ? '\n' : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : decodeXml(m[1] ?? '')))
        .join(''),
    )
    .join('\n');
}

// ---------------------------------------------------------------- text parity

/** Characters that are layout, not content: BOM, bidi and other format marks, checkbox glyphs. */
const LAYOUT_CHARACTERS = /[\uFEFF\p{Cf}\u2610\u2611\u2612]/gu;

export function words(text: string): string[] {
  return text.replace(LAYOUT_CHARACTERS, '').split(/\s+/u).filter(Boolean);
}

export interface ParityAllowance {
  /** Whole lines of page furniture in the PDF: running header (maybe cut with "…"), stamp, page numbers. */
  furniture: string[][];
  /** Phrases the PDF may show in extra places (table header rows repeated on continuation pages). */
  pdfOnly: string[][];
  /** Phrases only the DOCX text holds (prefilled field values shown in content controls). */
  docxOnly: string[][];
}

/** What the two formats may legitimately differ by, from the document itself (not from the output). */
export function parityAllowance(doc: DocumentModel, pages: number): ParityAllowance {
  const furniture: string[][] = [words(doc.meta.headerText ?? doc.meta.title)];
  if (doc.meta.stamp) furniture.push(words(doc.meta.stamp));
  for (let p = 1; p <= pages; p++) furniture.push(words(`Page ${p} of ${pages}`));
  const pdfOnly: string[][] = [];
  const docxOnly: string[][] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') pdfOnly.push(words(block.header.map((c) => inlineText(c)).join(' ')));
    if (block.kind === 'field' && (block.field === 'rating' || block.field === 'yesno')) {
      // A choice is radio buttons with their labels in the PDF, a drop-down list showing a prompt or the answer in the DOCX.
      pdfOnly.push(words(fieldChoices(block).map((c) => c.label).join(' ')));
      const chosen = fieldChoices(block).find((c) => c.value === block.value);
      docxOnly.push(words(chosen ? chosen.label : choicePrompt(block)));
    }
    if (block.kind === 'field' && block.value && block.field !== 'rating' && block.field !== 'yesno') {
      docxOnly.push(words(block.value));
      // LibreOffice's text export runs the lines of a multi-line content control together with no space.
      if (block.value.includes('\n')) docxOnly.push(words(block.value.replace(/\n/g, '')));
    }
  }
  const nonEmpty = (list: string[][]): string[][] => list.filter((p) => p.length);
  return { furniture: nonEmpty(furniture), pdfOnly: nonEmpty(pdfOnly), docxOnly: nonEmpty(docxOnly) };
}

/** A furniture line: exactly a phrase, or a phrase cut short with "…" (a running header too long to fit). */
function isFurniture(line: string[], furniture: string[][]): boolean {
  return furniture.some((phrase) => {
    if (line.length === phrase.length && line.every((w, k) => w === phrase[k])) return true;
    const last = line[line.length - 1];
    if (!last?.endsWith('…') || line.length > phrase.length) return false;
    const k = line.length - 1;
    return line.slice(0, k).every((w, n) => w === phrase[n]) && phrase[k]!.startsWith(last.slice(0, -1));
  });
}

const PAGE_NUMBER = /^Page \d+ of \d+$/;

/**
 * The PDF's words in reading order, without page furniture. pdftotext -raw gives right-to-left runs in visual
 * order: each line's words are put back in logical order. The page number is the last thing the writer draws
 * on a page; poppler adds the text of filled form fields after it (drawn from the field values), so lines
 * after it are not page content.
 */
function pdfWords(pdfTextRaw: string, furniture: string[][]): string[] {
  return pdfTextRaw.split('\f').flatMap((page) => {
    const lines = page.split('\n');
    const footer = lines.findLastIndex((line) => PAGE_NUMBER.test(line.trim()));
    return (footer >= 0 ? lines.slice(0, footer + 1) : lines)
      .map((line) => visualOrder(words(line), directionOf))
      .filter((line) => !isFurniture(line, furniture))
      .flat();
  });
}

function startsWithPhrase(list: string[], at: number, phrase: string[]): boolean {
  return phrase.every((w, k) => list[at + k] === w);
}

export interface ParityResult {
  ok: boolean;
  message: string;
}

/**
 * The word sequences of the DOCX text and the PDF text are the same. Allowed differences, and only these:
 * page furniture lines in the PDF, the listed phrases (repeated table headers, prefilled field values), and a
 * long word the PDF broke across lines (its pieces must join up to the same word). The same words can be both
 * content and an allowed phrase (a table header repeated above a row that repeats it), so the alignment
 * backtracks over the choices rather than taking the first.
 */
export function compareText(docxText: string, pdfTextRaw: string, allowance: ParityAllowance): ParityResult {
  const D = words(docxText);
  const P = pdfWords(pdfTextRaw, allowance.furniture);
  const failed = new Set<number>();
  const key = (i: number, j: number): number => i * (P.length + 1) + j;

  const moves = (i: number, j: number): [number, number][] => {
    const out: [number, number][] = [];
    if (i < D.length && P[j] === D[i]) out.push([i + 1, j + 1]);
    for (const phrase of allowance.pdfOnly) if (startsWithPhrase(P, j, phrase)) out.push([i, j + phrase.length]);
    for (const phrase of allowance.docxOnly) if (startsWithPhrase(D, i, phrase)) out.push([i + phrase.length, j]);
    const target = D[i];
    if (target && P[j] && P[j] !== target && target.startsWith(P[j]!)) {
      let joined = P[j]!;
      let k = j + 1;
      while (joined.length < target.length && k < P.length && target.startsWith(joined + P[k]!)) joined += P[k++]!;
      if (joined === target) out.push([i + 1, k]);
    }
    return out;
  };

  const stack: { i: number; j: number; options: [number, number][]; next: number }[] = [{ i: 0, j: 0, options: moves(0, 0), next: 0 }];
  let furthest = { i: 0, j: 0 };
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i === D.length && top.j === P.length) return { ok: true, message: `${D.length} words match` };
    if (top.i > furthest.i || (top.i === furthest.i && top.j > furthest.j)) furthest = { i: top.i, j: top.j };
    const option = top.options[top.next++];
    if (!option) {
      failed.add(key(top.i, top.j));
      stack.pop();
      continue;
    }
    const [i, j] = option;
    if (!failed.has(key(i, j))) stack.push({ i, j, options: moves(i, j), next: 0 });
  }
  const context = (list: string[], at: number): string => list.slice(Math.max(0, at - 6), at + 6).join(' ');
  return {
    ok: false,
    message: `text differs at DOCX word ${furthest.i} of ${D.length} / PDF word ${furthest.j} of ${P.length}\n  DOCX: …${context(D, furthest.i)}…\n  PDF:  …${context(P, furthest.j)}…`,
  };
}
