// Inline content → Word runs: bold and italic as direct formatting, citations and missing answers as
// character styles, line breaks as <w:br/>.

import { TextRun } from 'docx';
import { citationText, placeholderText, type Inline } from '../../document/model.js';
import { STYLE } from './styles.js';

export interface RunDefaults {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
  color?: string;
}

export function runs(content: readonly Inline[], defaults: RunDefaults = {}): TextRun[] {
  const out: TextRun[] = [];
  let pendingBreak = false;
  for (const run of content) {
    if (run.kind === 'break') {
      if (pendingBreak) out.push(new TextRun({ break: 1 }));
      pendingBreak = true;
      continue;
    }
    const common = { ...defaults, ...(pendingBreak ? { break: 1 } : {}) };
    pendingBreak = false;
    if (run.kind === 'placeholder') {
      out.push(new TextRun({ ...common, text: placeholderText(run.label), style: STYLE.placeholder }));
      continue;
    }
    out.push(
      new TextRun({
        ...common,
        text: run.citation ? citationText(run.text) : run.text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italics: true } : {}),
        ...(run.citation ? { style: STYLE.citation } : {}),
      }),
    );
  }
  if (pendingBreak) out.push(new TextRun({ break: 1 }));
  return out;
}
