// RSS 2.0 with the extensions readers actually use: atom:link for the self URL, dc:creator for
// bylines (RSS's own <author> wants an e-mail address), content:encoded for full bodies and
// media:content for the lead image.
import { formatRfc822 } from '../../shared/dates.js';
import { composeContentHtml, composeSummaryHtml, listCategories } from './feed-content.js';
import type { FeedChannel, FeedItem } from './feed-types.js';
import { XML_DECLARATION, renderEmptyElement, renderOpenTag, renderTextElement } from './xml-element.js';

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

function renderItem(item: FeedItem, timeZone: string): string[] {
  const lines = [
    renderTextElement('title', item.title),
    renderTextElement('link', item.url),
    renderTextElement('guid', item.url, { isPermaLink: 'true' }),
    renderTextElement('pubDate', formatRfc822(item.published, timeZone)),
    ...item.authors.map((a) => renderTextElement('dc:creator', a.name)),
    ...listCategories(item).map((c) => renderTextElement('category', c)),
  ];
  const content = composeContentHtml(item, timeZone);
  // Readers without content:encoded show the description, so it falls back to the body.
  const description = composeSummaryHtml(item, timeZone) ?? content;
  if (description !== undefined) lines.push(renderTextElement('description', description));
  if (content !== undefined) lines.push(renderTextElement('content:encoded', content));
  if (item.image !== undefined) {
    lines.push(renderEmptyElement('media:content', { url: item.image, medium: 'image' }));
  }
  return ['<item>', ...lines.map((l) => `  ${l}`), '</item>'];
}

/** Render a channel as an RSS 2.0 document. */
export function renderRss(channel: FeedChannel): string {
  const head = [
    renderTextElement('title', channel.title),
    renderTextElement('link', channel.homeUrl),
    renderTextElement('description', channel.description),
    renderTextElement('language', channel.language),
    renderTextElement('lastBuildDate', formatRfc822(channel.updated, channel.timeZone)),
    renderEmptyElement('atom:link', {
      href: channel.feedUrls.rss,
      rel: 'self',
      type: 'application/rss+xml',
    }),
  ];
  const items = channel.items.flatMap((item) => renderItem(item, channel.timeZone));
  return [
    XML_DECLARATION,
    renderOpenTag('rss', NAMESPACES),
    '<channel>',
    ...[...head, ...items].map((l) => `  ${l}`),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
