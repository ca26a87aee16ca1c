// Errors a template author can act on: each names the file and line to look at.

export interface SourceLocation {
  /** The template or partial file, as given (absolute or relative). */
  file: string;
  /** 1-based line; absent when the engine cannot tell. */
  line?: number;
  /** 1-based column. */
  column?: number;
}

function where(loc: SourceLocation): string {
  if (loc.line === undefined) return loc.file;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

/** A problem in a Handlebars template: unknown helper, missing partial, data the template needs but lacks. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly reason: string,
    readonly location: SourceLocation,
  ) {
    super(`${where(location)}: ${reason}`);
  }
  get file(): string {
    return this.location.file;
  }
  get line(): number | undefined {
    return this.location.line;
  }
}

/** A problem in the markup a template produced (a malformed directive, a table row with too many cells...). */
export class MarkupError extends Error {
  override readonly name = 'MarkupError';
  constructor(
    readonly reason: string,
    /** 1-based line of the rendered markup. */
    readonly markupLine: number,
    /** The offending markup line, so the author can find it in the template. */
    readonly snippet: string,
    readonly file?: string,
  ) {
    super(`${file ?? 'markup'} (rendered line ${markupLine}): ${reason}\n  > ${snippet.length > 160 ? `${snippet.slice(0, 157)}...` : snippet}`);
  }
}
