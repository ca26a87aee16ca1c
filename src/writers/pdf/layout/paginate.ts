// Flow blocks onto pages. Rows never split; rows marked keepWithPrevious travel with the row before them;
// a heading moves to the next page rather than sit alone at the foot of one; a table's header row is repeated
// at the top of every page it continues on; nothing is drawn past the bottom margin unless a single row is
// taller than a whole page; no page is left empty.

import { PAGE } from '../../theme.js';
import type { BlockLayout, LaidOutPage, OutlineEntry, PageLayout, Row } from './types.js';

const TOP = PAGE.margin.top;
const BOTTOM = PAGE.height - PAGE.margin.bottom;
const BODY_HEIGHT = BOTTOM - TOP;

/** Height of the rows that must stay together starting at `index`. */
function groupHeight(rows: Row[], index: number): number {
  let height = rows[index]?.height ?? 0;
  for (let i = index + 1; i < rows.length && rows[i]!.keepWithPrevious; i++) height += rows[i]!.height;
  return height;
}

function totalHeight(block: BlockLayout): number {
  return block.rows.reduce((sum, row) => sum + row.height, 0);
}

/** Space a keep-with-next block needs below it: the next block's first unbreakable group (or more headings). */
function neededAfter(blocks: BlockLayout[], index: number): number {
  const next = blocks[index];
  if (!next || next.pageBreakBefore) return 0;
  if (next.keepWithNext) return next.spaceBefore + totalHeight(next) + next.spaceAfter + neededAfter(blocks, index + 1);
  return next.spaceBefore + groupHeight(next.rows, 0);
}

export function paginate(blocks: BlockLayout[]): PageLayout {
  const pages: LaidOutPage[] = [];
  const outline: OutlineEntry[] = [];
  let page: LaidOutPage = { chunks: [] };
  let y = TOP;
  let pageHasContent = false;

  const newPage = (): void => {
    pages.push(page);
    page = { chunks: [] };
    y = TOP;
    pageHasContent = false;
  };

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && pageHasContent) newPage();
    if (!block.rows.length) return;

    let before = pageHasContent ? block.spaceBefore : 0;
    if (block.keepWithNext) {
      const need = before + totalHeight(block) + block.spaceAfter + neededAfter(blocks, index + 1);
      if (pageHasContent && y + need > BOTTOM && need <= BODY_HEIGHT) {
        newPage();
        before = 0;
      }
    }
    y += before;

    // The share of this block on the current page, for its background.
    let segment = { chunkIndex: page.chunks.length, top: y };
    const closeSegment = (): void => {
      if (block.background && y > segment.top) page.chunks.splice(segment.chunkIndex, 0, block.background(segment.top, y));
    };

    block.rows.forEach((row, rowIndex) => {
      const need = row.keepWithPrevious ? row.height : groupHeight(block.rows, rowIndex);
      const firstOnPage = !pageHasContent || (rowIndex > 0 && y === segment.top);
      if (y + need > BOTTOM && !firstOnPage && !(row.keepWithPrevious && y + row.height <= BOTTOM)) {
        closeSegment();
        newPage();
        if (block.repeat && rowIndex >= block.repeat.fromRow) {
          page.chunks.push(...block.repeat.row.paint(y, true));
          y += block.repeat.row.height;
        }
        segment = { chunkIndex: page.chunks.length, top: y };
      }
      if (rowIndex === 0 && block.outline) outline.push({ ...block.outline, page: pages.length, y });
      page.chunks.push(...row.paint(y, false));
      y += row.height;
      pageHasContent = true;
    });
    closeSegment();
    y += block.spaceAfter;
  });
  if (pageHasContent || pages.length === 0) pages.push(page);
  return { pages, outline };
}
