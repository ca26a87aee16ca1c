// Fillable fields as Word content controls (w:sdt): plain text (single or multi-line), date picker, checkbox
// and drop-down list (a rating or a yes/no question: exactly one answer). The control's tag is the field's stable name, its title (alias) the label, its id a counter,
// so the same document always gets the same XML. The docx library has no text or date control, so the
// control's properties are written as XML here; its content is an ordinary run.

import { ImportedXmlComponent, TextRun, type ParagraphChild } from 'docx';
import { DATE_HINT } from '../../document/model.js';
import { controlTitle } from '../../document/fields.js';
import { xmlEscape } from './units.js';

/** Ids for content controls: unique and stable within one document. */
export class ControlIds {
  private next = 1000;
  take(): number {
    return this.next++;
  }
}

export type ControlKind =
  | { type: 'text'; multiline?: boolean }
  | { type: 'date' }
  | { type: 'checkbox'; checked: boolean }
  | { type: 'dropdown'; choices: readonly { value: string; label: string }[]; prompt: string };

/** Blank content a reader can click into; spaces keep the control from collapsing to nothing. */
const BLANK = '\u2002'.repeat(14);
const CHECKED = '\u2612';
const UNCHECKED = '\u2610';


function properties(kind: ControlKind, tag: string, title: string, id: number, empty: boolean): string {
  const common = `<w:alias w:val="${xmlEscape(controlTitle(title))}"/><w:tag w:val="${xmlEscape(tag)}"/><w:id w:val="${id}"/><w:lock w:val="sdtLocked"/>`;
  const placeholder = empty ? '<w:showingPlcHdr/>' : '';
  switch (kind.type) {
    case 'text':
      return `<w:sdtPr>${common}${placeholder}<w:text${kind.multiline ? ' w:multiLine="1"' : ''}/></w:sdtPr>`;
    case 'date': {
      const wordFormat = DATE_HINT.replace('DD', 'dd').replace('YYYY', 'yyyy'); // Word's pattern letters
      return `<w:sdtPr>${common}${placeholder}<w:date><w:dateFormat w:val="${wordFormat}"/><w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>`;
    }
    case 'dropdown': {
      const items = kind.choices.map((c) => `<w:listItem w:displayText="${xmlEscape(c.label)}" w:value="${xmlEscape(c.value)}"/>`).join('');
      return `<w:sdtPr>${common}${placeholder}<w:dropDownList>${items}</w:dropDownList></w:sdtPr>`;
    }
    case 'checkbox':
      return (
        `<w:sdtPr>${common}<w14:checkbox><w14:checked w14:val="${kind.checked ? 1 : 0}"/>` +
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
      );
  }
}

/** A run-level content control to place among a paragraph's children. */
export function contentControl(kind: ControlKind, tag: string, title: string, ids: ControlIds, value?: string): ParagraphChild {
  const empty = kind.type !== 'checkbox' && (value === undefined || value === '');
  const sdt = new ImportedXmlComponent('w:sdt');
  sdt.push(ImportedXmlComponent.fromXmlString(properties(kind, tag, title, ids.take(), empty)));
  const content = new ImportedXmlComponent('w:sdtContent');
  if (kind.type === 'checkbox') {
    content.push(new TextRun({ text: kind.checked ? CHECKED : UNCHECKED, font: 'MS Gothic' }));
  } else if (kind.type === 'dropdown') {
    // Word shows the chosen item's text; until one is chosen, a prompt (the placeholder) that says what to do.
    content.push(new TextRun({ text: empty ? kind.prompt : (kind.choices.find((c) => c.value === value)?.label ?? value!) }));
  } else if (empty) {
    content.push(new TextRun({ text: BLANK }));
  } else {
    value!.split('\n').forEach((line, i) => content.push(new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })));
  }
  sdt.push(content);
  // The docx library writes any XmlComponent it is given; its types just do not list raw XML among a paragraph's children.
  return sdt as unknown as ParagraphChild;
}
