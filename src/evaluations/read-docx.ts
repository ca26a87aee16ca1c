// Reads a filled DOCX form: the identity from the custom document properties, each content control's value by
// its tag. Word, LibreOffice and hand edits keep both. The package is checked before anything is inflated, so a
// renamed zip bomb is refused, not expanded.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { decodeFormIdentity, FORM_IDENTITY_KEY } from '../document/form-identity.js';
import { FormReadError, type FilledForm, type FormValue } from './filled-form.js';

/** A form's document.xml is a few hundred kilobytes; anything claiming more than this is not one of our forms. */
const MAX_PART_BYTES = 20 * 1024 * 1024;
const PARTS = ['word/document.xml', 'docProps/custom.xml'];

type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: false });

export function readDocxForm(file: string, bytes: Uint8Array): FilledForm {
  const parts = unzipParts(bytes);
  const document = parts['word/document.xml'];
  if (!document) throw new FormReadError('the file is a zip archive but not a Word document', 'form-unreadable');
  const values: Record<string, FormValue> = {};
  let tree: Node[];
  try {
    tree = parser.parse(strFromU8(document)) as Node[];
  } catch {
    throw new FormReadError("the Word document's text is damaged", 'form-unreadable');
  }
  const controls: NonNullable<FilledForm['controls']> = [];
  walk(tree, (sdt) => {
    const control = readControl(sdt);
    if (!control) return;
    controls.push(control);
    if (control.tag !== undefined && !(control.tag in values)) values[control.tag] = control.value;
  });
  const form: FilledForm = { file, format: 'docx', values };
  if (controls.some((c) => c.tag === undefined)) form.controls = controls;
  const identity = decodeFormIdentity(parts['docProps/custom.xml'] ? customProperty(strFromU8(parts['docProps/custom.xml']), FORM_IDENTITY_KEY) : undefined);
  if (identity) form.identity = identity;
  return form;
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let tooLarge = false;
  try {
    const parts = unzipSync(bytes, {
      filter: (entry) => {
        if (!PARTS.includes(entry.name)) return false;
        if (entry.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) throw new FormReadError('the Word document claims to expand to more than 20 MB: not an evaluation form', 'form-too-large');
    for (const data of Object.values(parts)) if (data.byteLength > MAX_PART_BYTES) throw new FormReadError('the Word document expands to more than 20 MB: not an evaluation form', 'form-too-large');
    return parts;
  } catch (err) {
    if (err instanceof FormReadError) throw err;
    throw new FormReadError('the file is not a readable Word document (a damaged or foreign zip)', 'form-unreadable');
  }
}

/** The element name of a preserveOrder node (its one key other than ":@"). */
function nameOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function children(node: Node): Node[] {
  const name = nameOf(node);
  const value = name ? node[name] : undefined;
  return Array.isArray(value) ? (value as Node[]) : [];
}

function attr(node: Node, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

function child(node: Node, name: string): Node | undefined {
  return children(node).find((c) => nameOf(c) === name);
}

/** Calls `visit` for every outermost w:sdt (a control inside another control's content is part of that value). */
function walk(nodes: Node[], visit: (sdt: Node) => void): void {
  for (const node of nodes) {
    if (nameOf(node) === 'w:sdt') visit(node);
    else walk(children(node), visit);
  }
}

function readControl(sdt: Node): { tag?: string; title?: string; value: FormValue } | undefined {
  const props = child(sdt, 'w:sdtPr');
  if (!props) return undefined;
  const tagNode = child(props, 'w:tag');
  const aliasNode = child(props, 'w:alias');
  const tag = tagNode && attr(tagNode, 'w:val');
  const title = aliasNode && attr(aliasNode, 'w:val');
  const named = (value: FormValue) => ({ ...(tag ? { tag } : {}), ...(title ? { title } : {}), value });
  const checkbox = child(props, 'w14:checkbox');
  if (checkbox) {
    const checked = child(checkbox, 'w14:checked');
    const val = checked ? attr(checked, 'w14:val') : '0';
    return named(val === '1' || val === 'true');
  }
  const content = child(sdt, 'w:sdtContent');
  const list = choiceList(props);
  if (child(props, 'w:showingPlcHdr') || !content) return named(list ? null : '');
  const text = textOf(children(content)).replace(/\u2002/g, ' ').trim();
  if (list) {
    if (!text) return named(null);
    const item = list.find((i) => i.display === text || i.value === text);
    return named(item ? item.value : text);
  }
  return named(text);
}

/** The items of a drop-down list or combo box: what Word shows, and the value behind it. */
function choiceList(props: Node): { display: string; value: string }[] | undefined {
  const list = child(props, 'w:dropDownList') ?? child(props, 'w:comboBox');
  if (!list) return undefined;
  return children(list)
    .filter((c) => nameOf(c) === 'w:listItem')
    .map((c) => {
      const value = attr(c, 'w:value') ?? attr(c, 'w:displayText') ?? '';
      return { display: attr(c, 'w:displayText') ?? value, value };
    });
}

/** The text of a control's content: runs' text, tabs as spaces, line breaks and paragraph ends as new lines. */
function textOf(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:t') out += children(node).map((c) => String((c as Record<string, unknown>)['#text'] ?? '')).join('');
    else if (name === 'w:tab') out += ' ';
    else if (name === 'w:br' || name === 'w:cr') out += '\n';
    else if (name === 'w:delText' || name === 'w:sdtPr' || name === 'w:rPr' || name === 'w:pPr') continue;
    else {
      out += textOf(children(node));
      if (name === 'w:p') out += '\n';
    }
  }
  return out;
}

/** A custom document property's text value (docProps/custom.xml). */
function customProperty(xml: string, name: string): string | undefined {
  let tree: Node[];
  try {
    tree = parser.parse(xml) as Node[];
  } catch {
    return undefined;
  }
  const root = tree.find((n) => nameOf(n) === 'Properties');
  for (const prop of root ? children(root) : []) {
    if (attr(prop, 'name') !== name) continue;
    const text = children(prop).map((v) => textOf(children(v)) || children(v).map((c) => String((c as Record<string, unknown>)['#text'] ?? '')).join(''));
    return text.join('');
  }
  return undefined;
}
