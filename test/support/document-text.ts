// The words of a document model, in reading order, for content assertions that need no real client.
import { inlineText, type Block, type DocumentModel, type List } from '../../src/document/index.js';

function listText(list: List): string[] {
  return list.items.flatMap((item) => [`${item.label} ${inlineText(item.content)}`, ...(item.sublist ? listText(item.sublist) : [])]);
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [inlineText(block.title), ...block.subtitles.map(inlineText)];
    case 'heading':
      return [`${block.number ? `${block.number} ` : ''}${inlineText(block.content)}`];
    case 'paragraph':
      return [inlineText(block.content)];
    case 'list':
      return listText(block);
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(inlineText).join(' | '));
    case 'callout':
      return block.blocks.flatMap(blockText);
    case 'field':
      return [`${inlineText(block.label)}${block.value ? ` [${block.value}]` : ''}`];
    case 'signature':
      return [inlineText(block.role), block.name ? inlineText(block.name) : '', block.title ? inlineText(block.title) : ''];
    case 'pageBreak':
      return [];
  }
}

/** One line per paragraph, heading, list item or table row; citations' no-break spaces made plain. */
export function documentText(doc: DocumentModel): string {
  return doc.blocks.flatMap(blockText).join('\n').replace(/\u00A0/g, ' ');
}
