// Feed renderers: a FeedChannel in, one RSS, Atom or JSON Feed document out.
export type { FeedAuthor, FeedChannel, FeedCorrection, FeedItem } from './feed-types.js';
export { renderRss } from './rss.js';
export { renderAtom } from './atom.js';
export { renderJsonFeed } from './json-feed.js';
export { escapeXmlAttribute, escapeXmlText, stripIllegalXmlChars } from './xml-escape.js';
