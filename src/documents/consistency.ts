// The consistency pass over rendered documents, run before anything is written: what a reviewer would mark as
// machine assembly. Dates in one style ("March 16, 2026" in prose, "February 1–3, 2027" in tables; MM/DD/YYYY only
// in a form's date fields), no ISO date passed through unformatted, no one-day range printed as a range, no word
// printed twice in a row.
import { inlineText, type Block, type DocumentModel, type Inline } from '../document/model.js';

export interface ConsistencyFinding {
  /** The document, as the missing-answer list names it (e.g. "policy", "edp"). */
  document: string;
  /** Where in it: the section heading, or "title". */
  where: string;
  message: string;
}

const LONG_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;
const NUMERIC_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ONE_DAY_RANGE = new RegExp(`(${LONG_DATE.source}|${NUMERIC_DATE.source}) ?(?:–|-|to|through) ?\\1`);
/** A word printed twice, also across a parenthesis: "the the", "(non-Federal) (Non-Federal)". */
const DOUBLED = /\b([A-Za-z][A-Za-z-]*)\)?[ ]+\(?\1\b/i;

interface Unit {
  text: string;
  where: string;
}

function units(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  let where = 'title';
  const add = (content: readonly Inline[]) => out.push({ text: inlineText(content).replace(/\u00A0/g, ' '), where });
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'heading') {
        where = `${b.number ? `${b.number} ` : ''}${inlineText(b.content)}`;
        add(b.content);
      } else if (b.kind === 'title') {
        add(b.title);
        b.subtitles.forEach((s) => add(s));
      } else if (b.kind === 'paragraph') add(b.content);
      else if (b.kind === 'list') {
        const items = (l: typeof b): void => l.items.forEach((i) => (add(i.content), i.sublist && items(i.sublist)));
        items(b);
      } else if (b.kind === 'table') [b.header, ...b.rows].forEach((row) => row.forEach((cell) => add(cell)));
      else if (b.kind === 'callout') walk(b.blocks);
    }
  };
  walk(blocks);
  return out;
}

export function documentConsistency(document: string, model: DocumentModel): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const flag = (unit: Unit, message: string) => findings.push({ document, where: unit.where, message });
  for (const unit of units(model.blocks)) {
    const iso = ISO_DATE.exec(unit.text);
    if (iso) flag(unit, `a date is printed unformatted: "${iso[0]}"`);
    const oneDay = ONE_DAY_RANGE.exec(unit.text);
    if (oneDay) flag(unit, `a one-day range is printed as a range: "${oneDay[0]}"`);
    const doubled = DOUBLED.exec(unit.text);
    if (doubled) flag(unit, `a word is printed twice: "${doubled[0]}"`);
    // MM/DD/YYYY is the style of a form's date fields only; prose and tables spell the month.
    const numeric = NUMERIC_DATE.exec(unit.text);
    if (numeric) flag(unit, `a date is printed as "${numeric[0]}"; documents spell the month ("March 16, 2026")`);
  }
  return findings;
}

/** One line per finding, for the command line. */
export function consistencyText(findings: readonly ConsistencyFinding[]): string {
  return findings.map((f) => `warning  ${f.document}, ${f.where}: ${f.message}\n`).join('');
}
