// Front matter that the source generator gave a file without it being written there, built from
// the CLI: Jekyll's `defaults:` scopes in _config.yml and Eleventy's directory data files.
// Fixtures: tests/fixtures/source-defaults/ (written for these tests).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const fixtures = path.join(import.meta.dirname, '../fixtures/source-defaults');

function buildFixture(name: string) {
  const root = writeSite({});
  fs.cpSync(path.join(fixtures, name), root, { recursive: true });
  const r = runCli(['build', '--no-cache'], root);
  const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
  const warnings = (code: string) => r.stderr.split('\n').filter((l) => l.includes(`warning ${code}:`));
  return { ...r, root, read, warnings };
}

/** Byline names, section and tags of an article page, from its JSON-LD. */
function metaOf(html: string) {
  const authors = [...html.matchAll(/\{"@type":"Person","name":"([^"]+)"/g)].map((m) => m[1]);
  const section = /"articleSection":"([^"]*)"/.exec(html)?.[1];
  const tags = JSON.parse(/"keywords":(\[[^\]]*\])/.exec(html)?.[1] ?? '[]') as string[];
  return { authors, section, tags };
}

const redirectsTo = (html: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

describe('Jekyll defaults: in _config.yml', () => {
  let site: ReturnType<typeof buildFixture>;
  beforeAll(() => {
    site = buildFixture('jekyll');
  });

  it('gives posts the values of every scope that matches their path and type', () => {
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/^broadsheet: 4 articles/);
    // path "" + type posts: author id (through _data/authors.yml) and category.
    expect(metaOf(site.read('2021/05/tide-tables/index.html'))).toEqual({ authors: ['The Harbour Desk'], section: 'news', tags: [] });
    // A glob scope ("_posts/2020-*") adds to what the wider scopes give.
    expect(metaOf(site.read('2020/12/year-in-boats/index.html'))).toEqual({
      authors: ['The Harbour Desk'],
      section: 'news',
      tags: ['year-2020'],
    });
  });

  it('lets the longer scope path win, and the front matter win over every default', () => {
    // path "opinion" beats path "": its author and category.
    expect(metaOf(site.read('2021/07/dredging-costs/index.html'))).toEqual({ authors: ['Ana Reyes'], section: 'columns', tags: [] });
    // The post's own author and categories replace the defaults (lists are not joined, as in Jekyll).
    expect(metaOf(site.read('2021/06/regatta-results/index.html'))).toEqual({ authors: ['Ana Reyes'], section: 'sport', tags: [] });
  });

  it('follows the permalink and categories that defaults give when working out the old addresses', () => {
    expect(redirectsTo(site.read('news/2021/05/tide-tables/index.html'))).toBe('https://weekly.example.net/2021/05/tide-tables/');
    expect(redirectsTo(site.read('sport/2021/06/regatta-results/index.html'))).toBe('https://weekly.example.net/2021/06/regatta-results/');
    // The opinion scope's own permalink pattern, .html ending and all.
    expect(redirectsTo(site.read('opinion/2021/dredging-costs.html'))).toBe('https://weekly.example.net/2021/07/dredging-costs/');
  });

  it('leaves pages pages: a defaults scope of type pages does not make about.md an article', () => {
    expect(site.warnings('NOT_AN_ARTICLE')).toEqual([expect.stringContaining('content/about.md')]);
    expect(site.stderr).not.toContain('nobody-at-all');
  });
});

describe('Eleventy directory and template data files', () => {
  let site: ReturnType<typeof buildFixture>;
  beforeAll(() => {
    site = buildFixture('eleventy');
  });

  it('applies folder data to every post below it, nearer folders and .11tydata.json over .json, front matter over all', () => {
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/3 articles/);
    // blog.json gives tags "blog" (one tag as text) and an author, blog.11tydata.json another author and
    // tags [harbour]: tags add up (Eleventy's deep data merge), the author is the later file's.
    expect(metaOf(site.read('2021/03/ferry/index.html'))).toEqual({
      authors: ['Mira Santos'],
      section: undefined,
      tags: ['blog', 'harbour', 'ferries'],
    });
    expect(metaOf(site.read('2021/03/market/index.html'))).toEqual({
      authors: ['Jun Park'],
      section: undefined,
      tags: ['blog', 'harbour'],
    });
    expect(metaOf(site.read('2021/04/bells/index.html')).tags).toEqual(['blog', 'harbour', 'notes']);
  });

  it("takes a template data file's permalink as the post's old address", () => {
    expect(redirectsTo(site.read('ferries/timetable/index.html'))).toBe('https://journal.example.net/2021/03/ferry/');
    // The others keep the address Eleventy gave them by their path.
    expect(redirectsTo(site.read('blog/2021-03-08-market/index.html'))).toBe('https://journal.example.net/2021/03/market/');
  });

  it('never runs a .11tydata.js file: it is named in one counted warning, and the JSON data files are not called skipped', () => {
    expect(site.warnings('DATA_FILE_SKIPPED')).toEqual([expect.stringContaining('content/blog/blog.11tydata.js')]);
    expect(site.stderr).toContain(
      '1 Eleventy data file is not read: blog/blog.11tydata.js (JavaScript, which is never run). The values they give',
    );
    expect(site.stderr).not.toContain('BLOG');
    // Only the JSON file that is no post's data is refused.
    expect(site.warnings('CONTENT_FILE_SKIPPED')).toEqual([expect.stringContaining('content/blog/stray.json')]);
    expect(site.stderr).not.toMatch(/not published: [^\n]*blog\.json/);
  });
});

describe('Jekyll defaults that YAML aliases blow up', () => {
  it('are left out, so a few lines of _config.yml cannot make the build copy gigabytes', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const bomb = levels
      .map(
        (name, i) =>
          `${name}: &${name} [${Array(10)
            .fill(i === 0 ? '"lol"' : `*${levels[i - 1]}`)
            .join(', ')}]`,
      )
      .join('\n');
    const root = writeSite({
      'broadsheet.config.json': JSON.stringify({ title: 'T', baseUrl: 'https://t.example.net/', timeZone: 'UTC', search: 'none' }),
      'content/_config.yml': `${bomb}\ndefaults:\n  - scope:\n      path: ""\n    values:\n      author: Someone\n      laughs: *h\n`,
      'content/_posts/2021-01-02-quiet.md': '---\ntitle: Quiet\n---\n\nNothing happened.\n',
    });
    const r = runCli(['build', '--no-cache'], root);
    expect(r.code).toBe(0);
    expect(metaOf(fs.readFileSync(path.join(root, 'dist/2021/01/quiet/index.html'), 'utf8')).authors).toEqual([]);
  });
});
