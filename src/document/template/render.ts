// Template file + data → markup → DocumentModel. The edge of the engine that reads files: templates and
// their partials (`{{> name}}` loads `partials/name.hbs` beside the template, or from `partialDirs`).

import path from 'node:path';
import { exists, readText } from '../../platform/files.js';
import { buildDocument, type DocumentOptions } from '../build.js';
import { TemplateError } from '../errors.js';
import { HelperError, type MissingAnswer } from '../helpers.js';
import type { DocumentModel } from '../model.js';
import { outlineTemplate } from './check.js';
import { compileTemplate, type Compiled } from './compiler.js';
import { handlebars, knownHelperNames } from './handlebars-env.js';

export interface RenderOptions extends Omit<DocumentOptions, 'file'> {
  /** Folders searched for partials, in order. Default: the template's folder's `partials/`. */
  partialDirs?: string[];
  /** Receives every answer the document printed as missing ({{answer}} of an empty value). */
  missing?: MissingAnswer[];
}

interface LoadedTemplate {
  file: string;
  source: string;
  compiled: Compiled;
  /** The partials it uses, resolved to files. */
  partials: { name: string; file: string }[];
}

const PARTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)*$/;

/** Compiled templates by file, reused while the file's text is unchanged (a warm process renders fast). */
const cache = new Map<string, LoadedTemplate>();

/** The `{{...}}` expression around a 1-based column of a line, to quote in an error. */
function snippetAt(source: string, line: number, column: number): string {
  const text = source.split('\n')[line - 1] ?? '';
  const at = Math.max(0, column - 1);
  const open = text.lastIndexOf('{{', at + 1);
  const start = open >= 0 && !text.slice(open, at).includes('}}') ? open : at;
  const close = text.indexOf('}}', at);
  const end = close >= 0 ? close + 2 : text.length;
  return text.slice(start, end).replace(/^(\{\{)\{?/, '$1').trim();
}

/** Turn whatever Handlebars or a helper threw into a TemplateError naming the file and line. */
function templateError(error: unknown, file: string, source: string): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof HelperError) {
    const loc = error.loc;
    const line = loc?.start.line;
    const column = loc ? loc.start.column + 1 : undefined;
    const where = line !== undefined && column !== undefined ? ` in ${snippetAt(source, line, column)}` : '';
    return new TemplateError(`${error.message}${where}`, { file: loc?.source ?? file, line, column });
  }
  const err = error as Error & { lineNumber?: number; endLineNumber?: number; column?: number; endColumn?: number; hash?: { loc?: { first_line: number; first_column: number } } };
  const message = String(err?.message ?? error).replace(/ - \d+:\d+$/, '');
  if (typeof err?.lineNumber === 'number') {
    const line = err.lineNumber;
    const column = (err.column ?? 0) + 1;
    const missing = /^"(.+)" not defined in /.exec(message);
    const text = source.split('\n')[line - 1] ?? '';
    const path = err.endColumn !== undefined && err.endLineNumber === line ? text.slice(column - 1, err.endColumn) : missing?.[1];
    const reason = missing ? `the data lacks "${path}", which ${snippetAt(source, line, column)} needs` : message;
    return new TemplateError(reason, { file, line, column });
  }
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) return new TemplateError(`template syntax error: ${message.split('\n').pop()}`, { file, line: Number(parse[1]) });
  if (err?.hash?.loc) {
    return new TemplateError(`template syntax error: ${message.split('\n').pop()}`, {
      file,
      line: err.hash.loc.first_line,
      column: err.hash.loc.first_column + 1,
    });
  }
  return new TemplateError(message, { file });
}

function findPartial(name: string, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    const candidate = path.join(dir, `${name}.hbs`);
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

function load(file: string, partialDirs: string[]): LoadedTemplate {
  let source: string;
  try {
    source = readText(file);
  } catch (error) {
    throw new TemplateError(`cannot read the template: ${(error as Error).message}`, { file });
  }
  const cached = cache.get(file);
  if (cached && cached.source === source) return cached;

  const hb = handlebars();
  let ast;
  try {
    ast = hb.parseWithoutProcessing(source, { srcName: file });
  } catch (error) {
    throw templateError(error, file, source);
  }
  const outline = outlineTemplate(ast, new Set(knownHelperNames()));
  const first = outline.problems[0];
  if (first) throw new TemplateError(first.reason, { file, line: first.line, column: first.column });

  const partials: LoadedTemplate['partials'] = [];
  for (const ref of outline.partials) {
    if (outline.inlinePartials.has(ref.name) || partials.some((p) => p.name === ref.name)) continue;
    const found = PARTIAL_NAME.test(ref.name) ? findPartial(ref.name, partialDirs) : undefined;
    if (!found) {
      throw new TemplateError(`the partial "${ref.name}" could not be found (looked for ${ref.name}.hbs in ${partialDirs.join(', ')})`, {
        file,
        line: ref.line,
        column: ref.column,
      });
    }
    partials.push({ name: ref.name, file: found });
  }

  const compiled = compileTemplate(hb, file, source, knownHelperNames());
  const loaded: LoadedTemplate = { file, source, compiled, partials };
  cache.set(file, loaded);
  return loaded;
}

/** Load a template and every partial it reaches; each runs inside a wrapper that names its own file in errors. */
function collect(file: string, partialDirs: string[], into: Record<string, Compiled>): LoadedTemplate {
  const loaded = load(file, partialDirs);
  for (const partial of loaded.partials) {
    if (into[partial.name]) continue;
    into[partial.name] = () => ''; // placeholder against recursion while loading
    const inner = collect(partial.file, partialDirs, into);
    into[partial.name] = (context, options) => {
      try {
        return inner.compiled(context, options);
      } catch (error) {
        throw templateError(error, inner.file, inner.source);
      }
    };
  }
  return loaded;
}

/** Run a template on data and return the markup it produces (useful to debug a template). */
export function renderTemplateText(templateFile: string, data: unknown, opts: Pick<RenderOptions, 'partialDirs' | 'missing'> = {}): string {
  const partialDirs = opts.partialDirs ?? [path.join(path.dirname(templateFile), 'partials')];
  const partials: Record<string, Compiled> = {};
  const main = collect(templateFile, partialDirs, partials);
  try {
    // Handlebars copies the data frame into every block and partial; the list itself is shared, so each records into it.
    return main.compiled(data, { partials, data: { missing: opts.missing ?? [] }, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw templateError(error, main.file, main.source);
  }
}

/** Render a template file with data into the document model. */
export function renderTemplate(templateFile: string, data: unknown, opts: RenderOptions = {}): DocumentModel {
  const markup = renderTemplateText(templateFile, data, opts);
  const { partialDirs: _ignored, missing: _collected, ...documentOptions } = opts;
  return buildDocument(markup, {
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    ...documentOptions,
    file: templateFile,
  });
}
