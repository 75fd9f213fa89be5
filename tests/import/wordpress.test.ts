// broadsheet import wordpress, end to end from the CLI on a WXR 1.2 fixture written by hand:
// the Markdown it writes, the site that builds from it, and re-runs.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const fixture = path.join(import.meta.dirname, 'fixtures/export.xml');
const CONFIG = JSON.stringify({ title: 'New Times', baseUrl: 'https://news.example.org/', timeZone: 'Asia/Phnom_Penh' });

interface Written {
  data: Record<string, unknown>;
  body: string;
}

function readArticle(root: string, rel: string): Written {
  const text = fs.readFileSync(path.join(root, 'content', rel), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${rel} has no front matter block`);
  return { data: yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>, body: m[2]! };
}

function markdownFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? markdownFiles(dir, `${rel}${e.name}/`) : e.name.endsWith('.md') ? [`${rel}${e.name}`] : []))
    .sort();
}

const KHMER = '2019/11/ព្រឹត្តិការណ៍.md';
const ARABIC = '2019/11/قمة-إقليمية.md';

describe('broadsheet import wordpress', () => {
  let root: string;
  let imported: ReturnType<typeof runCli>;
  beforeAll(() => {
    root = writeSite({ 'broadsheet.config.json': CONFIG });
    imported = runCli(['import', 'wordpress', fixture], root);
  });

  it('writes one file per published post, and none for drafts, private, protected posts, pages, attachments, revisions, menus', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(markdownFiles(path.join(root, 'content'))).toEqual(
      ['2019/10/officials-blamed-109.md', '2019/10/officials-blamed.md', ARABIC, KHMER].sort(),
    );
  });

  it('fills the front matter from the post, its author, terms, excerpt and featured image', () => {
    const { data } = readArticle(root, '2019/10/officials-blamed.md');
    expect(data).toEqual({
      title: 'Officials blamed for Kingdom’s watch list placing',
      // post_date_gmt 02:00 UTC shown in the site's zone (+07:00)
      date: '2019-10-23T09:00:00+07:00',
      updated: '2019-10-24T10:30:00+07:00',
      byline: 'Taing Vida',
      // Yoast's primary category (term 4), not the first one listed
      section: 'Business & Economy',
      categories: ['National', 'Business & Economy'],
      tags: ['human trafficking', 'Sar Kheng'],
      summary: 'The committee blamed officials for the “watch list” placing.',
      photo: {
        src: 'https://old.example.com/wp-content/uploads/2019/10/watch-list.jpg',
        alt: 'Officials at a meeting',
        caption: 'The committee met on Tuesday.',
        credit: 'KT/Chor Sokunthea',
      },
      aliases: ['/2019/10/23/officials-blamed/', '/?p=101'],
      wordpress_id: 101,
    });
  });

  it('keeps Khmer and Arabic titles and slugs, and falls back to the login for an unknown author', () => {
    const khmer = readArticle(root, KHMER).data;
    expect(khmer.title).toBe('ព្រឹត្តិការណ៍​សំខាន់​នៅ​ភ្នំពេញ');
    expect(khmer.byline).toBe('ghost');
    expect(khmer.section).toBe('National');
    const arabic = readArticle(root, ARABIC).data;
    expect(arabic.title).toBe('قمة إقليمية في بنوم بنه');
    // Plain permalinks: the old link was /?p=103 itself, listed once.
    expect(arabic.aliases).toEqual(['/?p=103']);
  });

  it('converts classic-editor HTML and shortcodes to Markdown', () => {
    const { body } = readArticle(root, '2019/10/officials-blamed.md');
    // Paragraphs from blank lines, a hard break from a single newline, entities decoded.
    expect(body).toMatch(
      /^The committee met on Tuesday\u00a0morning\. Officials said the report was “unfair” & out of date\.\\\nIt was published in June\.\n\n/,
    );
    expect(body).toContain(
      '<figure><img src="https://old.example.com/wp-content/uploads/2019/10/watch-list-800x533.jpg" alt="Officials at a meeting">' +
        '<figcaption>The committee met on <em>Tuesday</em>.</figcaption></figure>',
    );
    // A link to another post on the old site becomes a site path, which its alias redirects.
    expect(body).toContain('**Read more:** [the earlier report](/2019/09/02/earlier-report/).');
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(body).toContain('<iframe src="https://player.vimeo.com/video/76979871"');
    expect(body).toContain('| Year | Tier |\n| ---- | ---- |\n| 2018 | 2    |');
    expect(body).toContain('\\[contact-form-7 id="5" title="Tips"]');
    expect(body).toContain('An aside \\[sic] in brackets.');
    expect(body).not.toMatch(/\[caption|\[embed|<p>|<a /);
  });

  it('converts block-editor content: block comments dropped, image and embed blocks, galleries from attachments', () => {
    const { body } = readArticle(root, KHMER);
    expect(body).not.toContain('<!--');
    expect(body).not.toContain('wp:');
    expect(body.startsWith('អត្ថបទ​ជា​ភាសា​ខ្មែរ & a second **clause**.\n\n')).toBe(true);
    expect(body).toContain(
      '<figure><img src="https://old.example.com/wp-content/uploads/2019/11/river.jpg" alt="The river at dawn"><figcaption>The Tonle Sap at dawn.</figcaption></figure>',
    );
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"');
    expect(body).toContain('<https://twitter.com/example/status/1>');
    expect(body).toContain('<figcaption>AFP</figcaption>'); // [gallery ids="11,12"]: image 12's credit
    expect(body).toContain('- First point\n- Second point');
    // [gallery] without ids shows the images uploaded to the post.
    const arabic = readArticle(root, ARABIC).body;
    expect(arabic.match(/<img /g)).toHaveLength(2);
  });

  it('gives a post whose slug is taken its own file, and reports it', () => {
    const follow = readArticle(root, '2019/10/officials-blamed-109.md');
    expect(follow.data.title).toBe('Officials’ blamed: a follow-up');
    expect(follow.data.aliases).toEqual(['/2019/10/28/officials%e2%80%99-blamed/', '/?p=109']);
    expect(readArticle(root, '2019/10/officials-blamed.md').data.title).toBe('Officials blamed for Kingdom’s watch list placing');
    expect(imported.stdout).toContain('its slug "officials-blamed" was taken, so it was written as 2019/10/officials-blamed-109.md');
  });

  it('reports counts per kind and every item that was not converted cleanly', () => {
    const out = imported.stdout;
    expect(out).toContain('Read 14 items:');
    expect(out).toContain('  post: 8 (publish 6, draft 1, private 1)');
    expect(out).toContain('  attachment: 3 (inherit 3)');
    expect(out).toContain('  revision: 1 (inherit 1)');
    expect(out).toContain('  nav_menu_item: 1 (publish 1)');
    expect(out).toContain('  comments: 1 (not imported)');
    expect(out).toContain('Wrote 4 new and 0 updated articles, 0 unchanged.');
    expect(out).toMatch(/Not imported: .*1 post \(draft\).*/);
    expect(out).toMatch(/Not imported: .*1 post \(password-protected\)/);
    expect(out).toContain(
      '101 "Officials blamed for Kingdom’s watch list placing" (2019/10/officials-blamed.md): unknown shortcode [contact-form-7] left as text',
    );
    expect(out).toContain(`author "ghost" is not among the export's authors`);
    expect(out).toContain('an embed of https://twitter.com/example/status/1 became a link');
    expect(out).toContain('110 "Broken date": not imported: no date WordPress wrote can be read: "sometime in 2019"');
  });

  it('builds, and every alias leads to its article: a redirect page, or a _redirects line for ?p=', () => {
    const built = runCli(['build'], root);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const dist = path.join(root, 'dist');
    const redirects = fs.readFileSync(path.join(dist, '_redirects'), 'utf8');
    let checked = 0;
    for (const rel of markdownFiles(path.join(root, 'content'))) {
      const { data } = readArticle(root, rel);
      const url = `/${rel.replace(/\.md$/, '')}/`;
      const page = fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      expect(page).toContain(`<h1>${String(data.title)}</h1>`);
      const encoded = encodeURI(url);
      for (const alias of data.aliases as string[]) {
        checked++;
        if (alias.includes('?')) {
          expect(redirects).toContain(`/ ${alias.slice(2)} ${encoded} 301\n`);
          continue;
        }
        const redirectPage = fs.readFileSync(path.join(dist, decodeURI(alias), 'index.html'), 'utf8');
        expect(redirectPage).toContain(`<meta http-equiv="refresh" content="0; url=https://news.example.org${encoded}">`);
        expect(redirects).toContain(` ${encoded} 301\n`);
      }
    }
    expect(checked).toBe(7);
    const article = fs.readFileSync(path.join(dist, '2019/10/officials-blamed/index.html'), 'utf8');
    expect(article).toContain('<span class="credit">KT/Chor Sokunthea</span>');
    expect(article).toContain('<figcaption>The committee met on <em>Tuesday</em>.</figcaption>');
    expect(article).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video"');
    expect(article).toContain('<a href="/section/business-economy/">Business &amp; Economy</a>');
  });
});

describe('re-running the import', () => {
  it('changes nothing, keeps a file edited since with a warning, and replaces it with --force', () => {
    const root = writeSite({ 'broadsheet.config.json': CONFIG });
    expect(runCli(['import', 'wordpress', fixture, '--out', 'articles'], root).code).toBe(0);
    const dir = path.join(root, 'articles');
    const state = () =>
      new Map(
        [...markdownFiles(dir), '.broadsheet-import.json'].map((f) => {
          const stat = fs.statSync(path.join(dir, f));
          return [f, `${stat.mtimeMs} ${fs.readFileSync(path.join(dir, f), 'utf8')}`];
        }),
      );
    const before = state();

    const again = runCli(['import', 'wordpress', fixture, '--out', 'articles'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Wrote 0 new and 0 updated articles, 4 unchanged.');
    expect(state()).toEqual(before);

    const file = path.join(dir, '2019/10/officials-blamed.md');
    const original = fs.readFileSync(file, 'utf8');
    const edited = original.replace('It was published in June.', 'It was published in July.');
    fs.writeFileSync(file, edited);
    const kept = runCli(['import', 'wordpress', fixture, '--out', 'articles'], root);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('warning IMPORT_FILE_EDITED');
    expect(kept.stderr).toContain('2019/10/officials-blamed.md was changed since the last import, so it was left as it is.');
    expect(kept.stderr).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);

    const forced = runCli(['import', 'wordpress', fixture, '--out', 'articles', '--force'], root);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('');
    expect(forced.stdout).toContain('1 overwritten with --force');
    expect(fs.readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('converting in worker threads', () => {
  it('writes the same files as converting in the main thread', () => {
    const items = Array.from({ length: 120 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const content = `Story ${i} first line.\nSecond line.\n\n[caption]<img src="https://old.example.com/p${i}.jpg" alt="P${i}"> Cap ${i}[/caption]\n\n[gallery ids="${i % 7}"]`;
      return (
        `<item><title>Story ${i}</title><link>https://old.example.com/s${i}/</link><dc:creator>vida</dc:creator>` +
        `<content:encoded><![CDATA[${content}]]></content:encoded><wp:post_id>${i + 100}</wp:post_id>` +
        `<wp:post_date_gmt>2020-03-${day} 02:00:00</wp:post_date_gmt><wp:post_name>story-${i % 100}</wp:post_name>` +
        '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n'
      );
    });
    const attachments = Array.from(
      { length: 7 },
      (_, i) =>
        `<item><wp:post_id>${i}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://old.example.com/a${i}.jpg</wp:attachment_url></item>\n`,
    );
    const root = writeSite({
      'broadsheet.config.json': CONFIG,
      'many.xml':
        '<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
        `<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.com</wp:base_site_url>\n${items.join('')}${attachments.join('')}</channel></rss>\n`,
    });
    const threaded = runCli(['import', 'wordpress', 'many.xml', '--out', 'threaded', '--workers', '2'], root);
    const single = runCli(['import', 'wordpress', 'many.xml', '--out', 'single', '--workers', '0'], root);
    expect(threaded.stderr).toBe('');
    expect(threaded.stdout).toBe(single.stdout);
    // 20 slugs are taken twice: the report lists those posts in export order either way.
    expect(threaded.stdout.match(/was taken/g)).toHaveLength(20);
    const files = markdownFiles(path.join(root, 'single'));
    expect(files).toHaveLength(120);
    expect(markdownFiles(path.join(root, 'threaded'))).toEqual(files);
    for (const f of files)
      expect(fs.readFileSync(path.join(root, 'threaded', f), 'utf8')).toBe(fs.readFileSync(path.join(root, 'single', f), 'utf8'));
    const story = fs.readFileSync(path.join(root, 'threaded/2020/03/story-3.md'), 'utf8');
    expect(story).toContain('Story 3 first line.\\\nSecond line.');
    expect(story).toContain('<figure><img src="https://old.example.com/p3.jpg" alt="P3"><figcaption>Cap 3</figcaption></figure>');
    expect(story).toContain('![](https://old.example.com/a3.jpg)'); // [gallery ids="3"]
  });
});

describe('import options and bad input', () => {
  it('--drafts and --pages write them with draft: true; --local-media links uploads on the new site', () => {
    const root = writeSite({ 'broadsheet.config.json': CONFIG });
    const r = runCli(['import', 'wordpress', fixture, '--drafts', '--pages', '--local-media'], root);
    expect(r.code).toBe(0);
    const draft = readArticle(root, '2019/11/unfinished-draft.md').data;
    expect(draft).toMatchObject({ title: 'Unfinished draft', draft: true, date: '2019-11-04T09:00:00+07:00', aliases: ['/?p=104'] });
    expect(readArticle(root, '2019/11/private-memo.md').data.draft).toBe(true);
    expect(readArticle(root, '2019/11/members-only.md').data.draft).toBe(true);
    expect(readArticle(root, 'pages/about.md').data).toMatchObject({
      title: 'About us',
      draft: true,
      aliases: ['/about/', '/?page_id=106'],
    });
    const post = readArticle(root, '2019/10/officials-blamed.md');
    expect((post.data.photo as { src: string }).src).toBe('/wp-content/uploads/2019/10/watch-list.jpg');
    expect(post.body).toContain('<img src="/wp-content/uploads/2019/10/watch-list-800x533.jpg"');
    // Drafts are written but not published.
    const built = runCli(['build'], root);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain('(4 drafts not published)');
  });

  it('a file that is not a WordPress export, or broken XML, is a clear error', () => {
    const root = writeSite({
      'feed.xml': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
      'broken.xml': '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>Unclosed</item>\n</channel></rss>',
    });
    const atom = runCli(['import', 'wordpress', 'feed.xml'], root);
    expect(atom.code).toBe(1);
    expect(atom.stderr).toContain('error IMPORT_INPUT_INVALID');
    expect(atom.stderr).toContain('not <rss>: it is not a WordPress export');
    expect(atom.stderr).toContain('Tools > Export');
    const broken = runCli(['import', 'wordpress', 'broken.xml'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.xml:4.*error IMPORT_INPUT_INVALID/);
    expect(broken.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    // A control character pasted from a word processor is skipped with a warning, not fatal.
    fs.writeFileSync(
      path.join(root, 'pasted.xml'),
      '<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n' +
        '<channel><wp:wxr_version>1.2</wp:wxr_version>\n<item><title>Pasted</title><content:encoded><![CDATA[Before\u000bafter.]]></content:encoded>' +
        '<wp:post_id>1</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><wp:post_name>pasted</wp:post_name>' +
        '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>\n',
    );
    const pasted = runCli(['import', 'wordpress', 'pasted.xml', '--quiet'], root);
    expect(pasted.code).toBe(0);
    expect(pasted.stderr).toMatch(/pasted\.xml:4:\d+ +warning IMPORT_INPUT_INVALID/);
    expect(pasted.stderr).toContain('Skipped past a problem in the XML: disallowed character.\n');
    expect(readArticle(root, '2020/01/pasted.md').body).toBe('Before after.\n');
    const unknown = runCli(['import', 'blogger', 'feed.xml'], root);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Broadsheet cannot import from "blogger"');
  });
});
