// Make the .docx deterministic: the same model gives the same bytes. The docx library stamps the clock into
// docProps/core.xml and zips with the current time, so core.xml gets the document's own dates (and its
// language), and the package is re-zipped with fixed timestamps in a fixed entry order.

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocumentMeta } from '../../document/model.js';
import { xmlEscape } from './units.js';

const FIRST = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];

function patchCoreProperties(xml: string, meta: DocumentMeta): string {
  let out = xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${meta.created}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${meta.created}$2`);
  if (!out.includes('<dc:language>')) out = out.replace('</cp:coreProperties>', `<dc:language>${xmlEscape(meta.language)}</dc:language></cp:coreProperties>`);
  return out;
}

/** The document's date as a local-time Date whose fields are the UTC fields, since ZIP stores local fields. */
function zipTime(created: string): Date {
  const d = new Date(created);
  const year = Math.max(1980, d.getUTCFullYear());
  return new Date(year, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export type PackageFiles = Map<string, string | Uint8Array>;

/** The docx library's compiler, which gives the package's files before they are zipped (not in its typings). */
interface Compiler {
  compile(file: unknown, prettify?: unknown, overrides?: unknown[]): PackageFiles;
}

/**
 * The package's files straight from the docx library's compiler, so the package is zipped once (by us,
 * deterministically) instead of zipped by the library, unzipped and zipped again: a third of a DOCX's cost.
 * Falls back to the library's own zip if a later version moves the compiler.
 */
export async function packDocument(document: object, pack: { compiler?: Compiler; toBuffer(doc: never): Promise<Uint8Array> }, meta: DocumentMeta): Promise<Uint8Array> {
  if (typeof pack.compiler?.compile === 'function') return zipPackage(pack.compiler.compile(document, undefined, []), meta);
  return normalisePackage(await pack.toBuffer(document as never), meta);
}

export function normalisePackage(raw: Uint8Array, meta: DocumentMeta): Uint8Array {
  return zipPackage(new Map(Object.entries(unzipSync(raw))), meta);
}

function zipPackage(files: PackageFiles, meta: DocumentMeta): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, data] of files) entries[name] = typeof data === 'string' ? strToU8(data) : data;
  const core = entries['docProps/core.xml'];
  if (core) entries['docProps/core.xml'] = strToU8(patchCoreProperties(strFromU8(core), meta));
  const names = Object.keys(entries).sort((a, b) => {
    const ia = FIRST.indexOf(a);
    const ib = FIRST.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const mtime = zipTime(meta.created);
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [entries[name]!, { mtime, level: 6 }];
  return zipSync(ordered);
}
