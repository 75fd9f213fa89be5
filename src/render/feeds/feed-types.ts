// Data the feed renderers take: one channel (a page's worth of articles) in, one document out.
import type { Instant } from '../../types.js';

export interface FeedAuthor {
  name: string;
  url?: string;
}

export interface FeedCorrection {
  date: Instant;
  text: string;
  /** "Correction (24 October 2019)" in the item's language; English when left out. */
  label?: string;
}

/** One article as every feed format sees it. */
export interface FeedItem {
  /** Absolute, percent-encoded article URL; also the item's id/guid. */
  url: string;
  title: string;
  /** The article's language (BCP 47) when known; the channel's otherwise. */
  lang?: string;
  /** Plain text. */
  summary?: string;
  /** Full body HTML, when the site publishes full content in feeds. */
  contentHtml?: string;
  published: Instant;
  /** Latest of updated and correction dates. */
  modified: Instant;
  authors: FeedAuthor[];
  /** Section first, then tags. */
  categories: string[];
  /** Absolute image URL. */
  image?: string;
  corrections: FeedCorrection[];
}

/** One feed: the channel metadata plus its items, already sorted newest first and cut to size. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the HTML page this feed mirrors. */
  homeUrl: string;
  /** Absolute URLs of the three feed files, for self links. */
  feedUrls: { rss: string; atom: string; json: string };
  /** BCP 47 tag, e.g. "en". */
  language: string;
  /** IANA zone every date is printed in. */
  timeZone: string;
  /** Channel-level updated date: the newest item's modified, never the wall clock. */
  updated: Instant;
  items: FeedItem[];
}
