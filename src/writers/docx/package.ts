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

export function normalisePackage(raw: Uint8Array, meta: DocumentMeta): Uint8Array {
  const entries = unzipSync(raw);
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
