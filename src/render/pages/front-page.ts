// The first page of the home page and of each section is a front: a lead story with its photo,
// a grid of stories with thumbnails, then the rest as a list; the home page adds a block per section.
import type { PageKit } from './page-kit.js';
import { navSectionTerms } from './site-context.js';

/** Stories in the grid under the lead. */
export const GRID_SIZE = 4;
/** Stories in each section block of the home page. */
export const BLOCK_SIZE = 3;

export interface SectionBlock {
  name: string;
  url: string;
  articles: number[];
}

/** Lead, grid and remaining list items of a front's first page. */
export function frontItems(kit: PageKit, ids: number[]) {
  const [lead, ...rest] = ids;
  return {
    lead: lead === undefined ? undefined : kit.item(lead, 'lead'),
    grid: rest.slice(0, GRID_SIZE).map((i) => kit.item(i)),
    items: rest.slice(GRID_SIZE).map((i) => kit.item(i, 'none')),
  };
}

/** The navigation's sections, each with its newest stories (only the first with a thumbnail). */
export function sectionBlocks(kit: PageKit): SectionBlock[] {
  return navSectionTerms(kit.index)
    .filter((t) => t.articles.length > 0)
    .map((t) => ({ name: t.name, url: t.url, articles: t.articles.slice(0, BLOCK_SIZE) }));
}

/** Template context of the home page's section blocks. */
export function blockContext(kit: PageKit, blocks: SectionBlock[]) {
  return blocks.map((b) => ({
    name: b.name,
    url: b.url,
    items: b.articles.map((i, k) => kit.item(i, k === 0 ? 'thumbnail' : 'none')),
  }));
}
