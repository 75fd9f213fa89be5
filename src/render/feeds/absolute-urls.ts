// Feed readers show an item's body away from the site, where "/_broadsheet/photos/x.jpg" or
// "chart.png" point nowhere: every link and image address in a feed body is made absolute.
import { decodeHTMLAttribute, escapeAttribute } from 'entities';

// A start tag of the serialised body (attribute values double-quoted; a "<" in text is always &lt;).
const START_TAG = /<[a-zA-Z][^\s>/]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
// Attributes that hold one URL, or a srcset list of them.
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)=")([^"]*)"/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)"/g;

/** The body HTML with every href, src, poster, cite and srcset URL resolved against the item's absolute URL. */
export function absoluteBodyUrls(html: string, itemUrl: string): string {
  const resolve = (value: string) => {
    try {
      return new URL(value, itemUrl).href;
    } catch {
      return value;
    }
  };
  const rewrite = (value: string, map: (decoded: string) => string) => escapeAttribute(map(decodeHTMLAttribute(value)));
  const inTag = (tag: string) =>
    tag
      .replace(
        URL_ATTRIBUTE,
        (_, before: string, value: string) => `${before}${rewrite(value, (v) => (v.trim() ? resolve(v.trim()) : v))}"`,
      )
      .replace(
        SRCSET_ATTRIBUTE,
        (_, before: string, value: string) =>
          `${before}${rewrite(value, (v) =>
            v
              .split(',')
              .map((candidate) => {
                const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
                return [resolve(url), ...descriptor].join(' ');
              })
              .join(', '),
          )}"`,
      );
  return html.replace(START_TAG, inTag);
}
