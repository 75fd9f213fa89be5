// Atom (RFC 4287). The feed carries the channel title as its author so entries without a byline
// stay valid (an entry must have an author, its own or the feed's).
import { formatIso } from '../../shared/dates.js';
import { composeContentHtml, composeSummaryText, listCategories } from './feed-content.js';
import type { FeedAuthor, FeedChannel, FeedItem } from './feed-types.js';
import { XML_DECLARATION, renderEmptyElement, renderOpenTag, renderTextElement } from './xml-element.js';

function renderAuthor(author: FeedAuthor): string[] {
  const uri = author.url === undefined ? [] : [`  ${renderTextElement('uri', author.url)}`];
  return ['<author>', `  ${renderTextElement('name', author.name)}`, ...uri, '</author>'];
}

function renderEntry(item: FeedItem, timeZone: string, language: string): string[] {
  const lines = [
    renderTextElement('id', item.url),
    renderTextElement('title', item.title, { type: 'text' }),
    renderTextElement('updated', formatIso(item.modified, timeZone)),
    renderTextElement('published', formatIso(item.published, timeZone)),
    ...item.authors.flatMap(renderAuthor),
    renderEmptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    ...listCategories(item).map((c) => renderEmptyElement('category', { term: c })),
  ];
  const summary = composeSummaryText(item, timeZone);
  if (summary !== undefined) lines.push(renderTextElement('summary', summary, { type: 'text' }));
  const content = composeContentHtml(item, timeZone);
  if (content !== undefined) lines.push(renderTextElement('content', content, { type: 'html' }));
  // After <content>: lenient parsers match "content" without its namespace and take the first.
  if (item.image !== undefined) {
    lines.push(renderEmptyElement('media:content', { url: item.image, medium: 'image' }));
  }
  // An entry in another language than the feed's says so (xml:lang is inherited otherwise).
  const open = item.lang && item.lang !== language ? renderOpenTag('entry', { 'xml:lang': item.lang }) : '<entry>';
  return [open, ...lines.map((l) => `  ${l}`), '</entry>'];
}

/** Render a channel as an Atom 1.0 document. */
export function renderAtom(channel: FeedChannel): string {
  const head = [
    renderTextElement('id', channel.feedUrls.atom),
    renderTextElement('title', channel.title, { type: 'text' }),
    renderTextElement('subtitle', channel.description, { type: 'text' }),
    renderTextElement('updated', formatIso(channel.updated, channel.timeZone)),
    renderEmptyElement('link', { rel: 'self', type: 'application/atom+xml', href: channel.feedUrls.atom }),
    renderEmptyElement('link', { rel: 'alternate', type: 'text/html', href: channel.homeUrl }),
    ...renderAuthor({ name: channel.title, url: channel.homeUrl }),
  ];
  const entries = channel.items.flatMap((item) => renderEntry(item, channel.timeZone, channel.language));
  const root = renderOpenTag('feed', {
    xmlns: 'http://www.w3.org/2005/Atom',
    'xmlns:media': 'http://search.yahoo.com/mrss/',
    'xml:lang': channel.language,
  });
  return [XML_DECLARATION, root, ...[...head, ...entries].map((l) => `  ${l}`), '</feed>', ''].join('\n');
}
