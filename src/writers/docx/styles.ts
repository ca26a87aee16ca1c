// Real Word styles: Title, Subtitle, Heading 1–3 (outline levels, so the navigation pane lists them), Caption,
// List Paragraph, and character styles Citation and Placeholder. Direct formatting is kept to a minimum so an
// agency can restyle the document in Word.

import { BorderStyle, LineRuleType, ShadingType, type IStylesOptions } from 'docx';
import { COLOR, DOCX_FONT, DOCX_TYPE, SPACE } from '../theme.js';
import { eighths, halfPoints, twips } from './units.js';

export const STYLE = {
  subtitle: 'Subtitle',
  caption: 'Caption',
  fieldLabel: 'FieldLabel',
  citation: 'Citation',
  placeholder: 'Placeholder',
  noteTitle: 'NoteTitle',
  tableText: 'TableText',
  running: 'RunningText',
} as const;

const heading = (size: number, before: number, level: number) => ({
  run: { font: DOCX_FONT, size: halfPoints(size), bold: true, color: COLOR.heading },
  paragraph: {
    spacing: { before: twips(before), after: twips(SPACE.headingAfter) },
    keepNext: true,
    keepLines: true,
    outlineLevel: level,
  },
});

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: DOCX_FONT, size: halfPoints(DOCX_TYPE.body), color: COLOR.text, language: { value: 'en-US' } },
        paragraph: { spacing: { after: twips(SPACE.paragraphAfter), line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: DOCX_FONT, size: halfPoints(DOCX_TYPE.title), bold: true, color: COLOR.heading },
        // Explicit single spacing: LibreOffice otherwise overlaps the lines of a title that wraps.
        paragraph: { spacing: { after: twips(6), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      heading1: {
        ...heading(DOCX_TYPE.h1, SPACE.headingBefore[1], 0),
        paragraph: {
          ...heading(DOCX_TYPE.h1, SPACE.headingBefore[1], 0).paragraph,
          border: { bottom: { style: BorderStyle.SINGLE, size: eighths(0.75), color: COLOR.rule, space: 2 } },
        },
      },
      heading2: heading(DOCX_TYPE.h2, SPACE.headingBefore[2], 1),
      heading3: heading(DOCX_TYPE.h3, SPACE.headingBefore[3], 2),
      listParagraph: { paragraph: { spacing: { after: twips(SPACE.listItemAfter) } } },
      caption: {
        run: { font: DOCX_FONT, size: halfPoints(DOCX_TYPE.body), bold: true, italics: false, color: COLOR.heading },
        paragraph: { spacing: { before: twips(2), after: twips(3) }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPoints(DOCX_TYPE.subtitle), color: COLOR.muted },
        paragraph: { spacing: { after: twips(4) }, keepNext: true },
      },
      {
        id: STYLE.fieldLabel,
        name: 'Field Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { after: twips(3) }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.noteTitle,
        name: 'Note Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: COLOR.heading },
        paragraph: { spacing: { after: twips(3) }, keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: halfPoints(DOCX_TYPE.table) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.running,
        name: 'Running Text',
        basedOn: 'Normal',
        run: { size: halfPoints(DOCX_TYPE.running), color: COLOR.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      { id: STYLE.citation, name: 'Citation', basedOn: 'DefaultParagraphFont', run: { color: COLOR.citation } },
      {
        id: STYLE.placeholder,
        name: 'Missing Answer',
        basedOn: 'DefaultParagraphFont',
        run: { italics: true, color: COLOR.placeholderText, shading: { type: ShadingType.CLEAR, fill: COLOR.placeholderFill, color: 'auto' } },
      },
    ],
  };
}
