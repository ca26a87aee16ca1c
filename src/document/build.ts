// Markup → DocumentModel: parse the blocks, settle the document properties, check field names.

import { MarkupError } from './errors.js';
import { parseMarkup } from './markup/blocks.js';
import { inlineText, type DocumentMeta, type DocumentModel } from './model.js';

export interface DocumentOptions {
  /** Creation date (ISO date or date-time); wins over ::document{created}. */
  created?: string;
  /** Used when neither `created` nor ::document{created} is given (seconds since 1970, as reproducible builds set it). */
  sourceDateEpoch?: string;
  /** A marking printed on every page, e.g. "DRAFT — NOT FOR SUBMISSION"; wins over ::document{stamp}. */
  stamp?: string;
  /** Defaults for properties the markup does not set. */
  title?: string;
  subject?: string;
  author?: string;
  headerText?: string;
  /** The template file, for error messages. */
  file?: string;
}

/** Normalise a creation date to "YYYY-MM-DDTHH:MM:SSZ". A bare date means midnight UTC (no time-zone drift). */
export function normaliseCreated(value: string): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = dateOnly ? Date.UTC(+dateOnly[1]!, +dateOnly[2]! - 1, +dateOnly[3]!) : Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new Error(`creation date "${value}" is not an ISO 8601 date such as 2026-03-03 or 2026-03-03T14:00:00Z`);
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function createdFrom(settings: string | undefined, opts: DocumentOptions): string {
  if (opts.created) return normaliseCreated(opts.created);
  if (settings) return normaliseCreated(settings);
  if (opts.sourceDateEpoch !== undefined && opts.sourceDateEpoch !== '') {
    const seconds = Number(opts.sourceDateEpoch);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH "${opts.sourceDateEpoch}" is not a whole number of seconds`);
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  throw new Error(
    'the document has no creation date: set ::document{created="..."} in the template, pass the "created" option, or set SOURCE_DATE_EPOCH (the clock is never used, so two runs give the same file)',
  );
}

export function buildDocument(markup: string, opts: DocumentOptions = {}): DocumentModel {
  const { settings, blocks } = parseMarkup(markup, opts.file);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = settings.title ?? (titleBlock ? inlineText(titleBlock.title).replace(/\s+/g, ' ').trim() : opts.title);
  if (!title) {
    throw new MarkupError('the document needs a title: a :::title block or ::document{title="..."}', 1, markup.split('\n')[0] ?? '', opts.file);
  }
  let created: string;
  try {
    created = createdFrom(settings.created, opts);
  } catch (error) {
    throw new MarkupError((error as Error).message, 1, '::document{created="..."}', opts.file);
  }
  const stamp = opts.stamp ?? settings.stamp;
  const meta: DocumentMeta = {
    // A draft says so in its title too, which readers, screen readers and file lists show.
    title: stamp && !/^draft\b/i.test(title) ? `DRAFT — ${title}` : title,
    subject: settings.subject ?? opts.subject ?? '',
    author: settings.author ?? opts.author ?? '',
    language: 'en-US',
    created,
  };
  const headerText = settings.header ?? opts.headerText;
  if (headerText) meta.headerText = headerText;
  if (stamp) meta.stamp = stamp;
  return { meta, blocks };
}
