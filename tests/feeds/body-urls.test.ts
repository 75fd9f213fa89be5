// Feed readers show bodies away from the site: through the CLI, every link and image address in
// a full-content feed body is absolute (renditions and their srcset, page links, relative files).
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, runCli, writeSite } from '../helpers/site.js';
import { absoluteBodyUrls } from '../../src/render/feeds/absolute-urls.js';

let root = '';
let built: ReturnType<typeof runCli>;
const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
const ITEM = 'https://news.example.org/2020/01/floods/';

beforeAll(async () => {
  root = writeSite({
    'broadsheet.config.json': JSON.stringify({
      baseUrl: 'https://news.example.org/',
      search: 'none',
      feed: { items: 5, content: 'full' },
      photos: { widths: [400], formats: [] },
    }),
    'content/2020/01/floods.md': article(
      { title: 'Floods' },
      '![A flooded road](/images/road.jpg)\n\nSee [the archive](/archive/), [the chart](chart.pdf), [a note](#note) and [elsewhere](https://other.example.net/x?a=1&b=2).',
    ),
  });
  fs.mkdirSync(path.join(root, 'static/images'), { recursive: true });
  await sharp({ create: { width: 800, height: 450, channels: 3, background: '#446688' } })
    .jpeg()
    .toFile(path.join(root, 'static/images/road.jpg'));
  built = runCli(['build', '--workers', '0'], root, { SOURCE_DATE_EPOCH: '1717200000' });
});

describe('feed bodies', () => {
  it('carry absolute URLs in RSS, Atom and JSON Feed, while the page keeps site paths', () => {
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const page = read('2020/01/floods/index.html');
    expect(page).toMatch(/<img src="\/_broadsheet\/photos\/road-400\.[0-9a-f]+\.jpg"/);
    const json = JSON.parse(read('feed.json')) as { items: { content_html: string }[] };
    const bodies = { rss: read('index.xml'), atom: read('atom.xml'), json: json.items[0]!.content_html };
    for (const [format, body] of Object.entries(bodies)) {
      // RSS and Atom carry the HTML escaped once more.
      const html =
        format === 'json'
          ? body
          : body
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&');
      expect(html, format).toMatch(/<img src="https:\/\/news\.example\.org\/_broadsheet\/photos\/road-400\.[0-9a-f]+\.jpg"/);
      expect(html, format).toMatch(
        /srcset="https:\/\/news\.example\.org\/_broadsheet\/photos\/road-400\.[0-9a-f]+\.jpg 400w, https:\/\/news\.example\.org\/_broadsheet\/photos\/road-1200\.[0-9a-f]+\.jpg 1200w"/,
      );
      expect(html, format).toContain('href="https://news.example.org/archive/"');
      expect(html, format).toContain(`href="${ITEM}chart.pdf"`);
      expect(html, format).toContain(`href="${ITEM}#note"`);
      expect(html, format).toContain('href="https://other.example.net/x?a=1&amp;b=2"');
      expect(html, format).not.toMatch(/(src|href)="\//);
    }
  });

  it('leave text that looks like an attribute alone', () => {
    const html = '<p>Write src="/x" in the tag.</p><a href="/y">y</a>';
    expect(absoluteBodyUrls(html, ITEM)).toBe('<p>Write src="/x" in the tag.</p><a href="https://news.example.org/y">y</a>');
  });
});
