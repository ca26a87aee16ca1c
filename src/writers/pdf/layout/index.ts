// DocumentModel → pages of positioned, tagged drawing operations.

import type { Block, DocumentModel } from '../../../document/model.js';
import { CONTENT_WIDTH, PAGE } from '../../theme.js';
import type { FontMetrics } from '../metrics.js';
import { calloutLayout, headingLayout, paragraphLayout, titleLayout } from './blocks.js';
import { chartLayout } from './chart.js';
import { fieldLayout, signatureLayout } from './forms.js';
import { listLayout } from './lists.js';
import { paginate } from './paginate.js';
import { tableLayout } from './tables.js';
import type { BlockLayout, Frame, PageLayout } from './types.js';

function blockLayout(block: Block, frame: Frame): BlockLayout {
  switch (block.kind) {
    case 'title':
      return titleLayout(block, frame);
    case 'heading':
      return headingLayout(block, frame);
    case 'paragraph':
      return paragraphLayout(block, frame);
    case 'list':
      return listLayout(block, frame);
    case 'table':
      return tableLayout(block, frame);
    case 'callout':
      return calloutLayout(block, frame);
    case 'field':
      return fieldLayout(block, frame);
    case 'signature':
      return signatureLayout(block, frame);
    case 'chart':
      return chartLayout(block, frame);
    case 'pageBreak':
      return { rows: [], spaceBefore: 0, spaceAfter: 0, pageBreakBefore: true };
  }
}

export function layoutDocument(doc: DocumentModel, metrics: FontMetrics): PageLayout {
  const frame: Frame = { metrics, x: PAGE.margin.left, width: CONTENT_WIDTH };
  return paginate(doc.blocks.map((block) => blockLayout(block, frame)));
}
