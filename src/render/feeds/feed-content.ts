// What each format prints as an item's summary and body: the same text everywhere, with
// correction notices appended to every body the item carries.
import { absoluteBodyUrls } from './absolute-urls.js';
import { formatCorrectionsHtml, formatCorrectionsText } from './correction-notice.js';
import type { FeedItem } from './feed-types.js';
import { escapeXmlText, stripIllegalXmlChars } from './xml-escape.js';

/** Summary as plain text plus text notices; undefined when there is neither. */
export function composeSummaryText(item: FeedItem, timeZone: string): string | undefined {
  const parts = [item.summary, ...formatCorrectionsText(item.corrections, timeZone)];
  const text = parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n');
  return text === '' ? undefined : stripIllegalXmlChars(text);
}

/** Summary as an HTML paragraph plus HTML notices (RSS descriptions are HTML); undefined when empty. */
export function composeSummaryHtml(item: FeedItem, timeZone: string): string | undefined {
  const summary = item.summary ? `<p>${escapeXmlText(item.summary)}</p>` : '';
  const html = summary + formatCorrectionsHtml(item.corrections, timeZone);
  return html === '' ? undefined : html;
}

/** Full body HTML (its links and images absolute) plus HTML notices; undefined when the site does not publish full content. */
export function composeContentHtml(item: FeedItem, timeZone: string): string | undefined {
  if (item.contentHtml === undefined) return undefined;
  return stripIllegalXmlChars(absoluteBodyUrls(item.contentHtml, item.url)) + formatCorrectionsHtml(item.corrections, timeZone);
}

/** Categories without exact repeats (a section also used as a tag), first occurrence wins. */
export function listCategories(item: FeedItem): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of item.categories) {
    const category = stripIllegalXmlChars(raw).trim();
    if (category !== '' && !seen.has(category)) {
      seen.add(category);
      out.push(category);
    }
  }
  return out;
}
