// A three-item channel full of text that has broken real feeds: markup, CDATA terminators,
// ampersands, astral characters, Khmer, and a backspace byte from an old CMS.
import type { FeedChannel } from '../../../src/render/feeds/index.js';

export const ZONE = 'Asia/Phnom_Penh';
const at = (iso: string) => Date.parse(iso);

export const HOSTILE_TITLE = 'Breaking: </script><script>alert(1)</script> & <b>bold</b> ]]> 🎉 ព័ត៌មាន\u0008 end';
export const HOSTILE_TITLE_CLEAN = 'Breaking: </script><script>alert(1)</script> & <b>bold</b> ]]> 🎉 ព័ត៌មាន end';
export const BODY_HTML = '<p>Body with <b>bold</b> &amp; ]]> and <a href="https://example.org/?a=1&amp;b=2">a link</a></p>';
export const CORRECTION_TEXT = 'An earlier version misspelled <Sokha> & "quoted" names.';

/** Build the fixture channel; every instant is a whole second so RFC 822 dates compare exactly. */
export function buildHostileChannel(): FeedChannel {
  return {
    title: 'The Phnom Penh <Daily> & Co',
    description: 'News & views ]]> \u0008',
    homeUrl: 'https://example.org/',
    feedUrls: {
      rss: 'https://example.org/feed.xml',
      atom: 'https://example.org/atom.xml',
      json: 'https://example.org/feed.json',
    },
    language: 'km',
    timeZone: ZONE,
    updated: at('2019-10-23T18:30:00Z'),
    items: [
      {
        url: 'https://example.org/2019/10/hostile/?a=1&b=2',
        title: HOSTILE_TITLE,
        summary: 'Summary with <i>tags</i> & ]]> ' + 'ស្វាគមន៍ 🚀\u0008',
        contentHtml: BODY_HTML,
        published: at('2019-10-23T02:00:00Z'),
        // A correction at 18:30 UTC is already 24 October in Phnom Penh (+07:00).
        modified: at('2019-10-23T18:30:00Z'),
        authors: [{ name: 'Sok <Dara>', url: 'https://example.org/authors/sok-dara/' }, { name: 'Jane & Joe' }],
        categories: ['Politics', 'Cambodia', 'Politics', '<Elections>'],
        image: 'https://example.org/img/a.jpg?w=1200&h=630',
        corrections: [{ date: at('2019-10-23T18:30:00Z'), text: CORRECTION_TEXT }],
      },
      {
        url: 'https://example.org/2019/10/summary-only/',
        title: 'Summary only, corrected',
        summary: 'Plain text summary.',
        published: at('2019-10-22T10:00:00Z'),
        modified: at('2019-10-22T12:00:00Z'),
        authors: [],
        categories: [],
        corrections: [{ date: at('2019-10-22T12:00:00Z'), text: 'The date was wrong.' }],
      },
      {
        url: 'https://example.org/2019/10/bare/',
        title: 'សួស្តី 👋🏽 "quotes" \'apostrophes\'',
        published: at('2019-10-21T00:00:00Z'),
        modified: at('2019-10-21T00:00:00Z'),
        authors: [{ name: 'Chan' }],
        categories: ['Culture'],
        corrections: [],
      },
    ],
  };
}
