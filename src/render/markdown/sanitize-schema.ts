import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const base = defaultSchema;

/**
 * GitHub's schema, widened for article bodies migrated from WordPress: figures and
 * their captions, `https:` embeds, alignment classes on images, and `tel:` links.
 */
export const articleSchema: Schema = {
  ...base,
  // GitHub prefixes every id and name with `user-content-`. remark-rehype already
  // prefixes footnote ids, and a second prefix would reach the ids but not the
  // hrefs pointing at them; migrated bodies also link to their own `id`/`name`
  // anchors. What is given up is protection against DOM clobbering by article
  // HTML, which only matters to page scripts that look up globals by name.
  clobber: [],
  tagNames: [...(base.tagNames ?? []), 'figure', 'figcaption', 'iframe'],
  // Elements whose content is code rather than text: dropped whole, not unwrapped.
  strip: [...(base.strip ?? []), 'style'],
  attributes: {
    ...base.attributes,
    figure: ['className'],
    figcaption: ['className'],
    img: [...(base.attributes?.['img'] ?? []), 'className'],
    iframe: [['src', /^https:\/\//i], 'width', 'height', 'title', 'allowFullScreen'],
  },
  protocols: {
    ...base.protocols,
    href: [...(base.protocols?.['href'] ?? []), 'tel'],
  },
};
