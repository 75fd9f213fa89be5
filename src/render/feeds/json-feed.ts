// JSON Feed 1.1. JSON can carry any character, but text is cleaned the same way as in the XML
// formats so a title reads identically in all three feeds.
import { formatIso } from '../../shared/dates.js';
import { composeContentHtml, composeSummaryText, listCategories } from './feed-content.js';
import type { FeedAuthor, FeedChannel, FeedItem } from './feed-types.js';
import { stripIllegalXmlChars } from './xml-escape.js';

function toJsonAuthor(author: FeedAuthor): { name: string; url?: string } {
  return { name: stripIllegalXmlChars(author.name), url: author.url };
}

function toJsonItem(item: FeedItem, channel: FeedChannel): Record<string, unknown> {
  const contentHtml = composeContentHtml(item, channel.timeZone);
  const summary = composeSummaryText(item, channel.timeZone);
  const tags = listCategories(item);
  // The spec requires content_html or content_text; without a body the summary (with its
  // correction notices) is the text.
  const content = contentHtml !== undefined ? { content_html: contentHtml } : { content_text: summary ?? '' };
  return {
    id: item.url,
    url: item.url,
    title: stripIllegalXmlChars(item.title),
    ...content,
    summary,
    image: item.image,
    date_published: formatIso(item.published, channel.timeZone),
    date_modified: formatIso(item.modified, channel.timeZone),
    authors: item.authors.length > 0 ? item.authors.map(toJsonAuthor) : undefined,
    tags: tags.length > 0 ? tags : undefined,
    language: item.lang ?? channel.language,
  };
}

/** Render a channel as a JSON Feed 1.1 document (undefined fields are left out). */
export function renderJsonFeed(channel: FeedChannel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: stripIllegalXmlChars(channel.title),
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    description: stripIllegalXmlChars(channel.description),
    language: channel.language,
    items: channel.items.map((item) => toJsonItem(item, channel)),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
