import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedUrls, parseHtml } from '../news/helpers/html.js';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { expectBuildErrors } from '../helpers/errors.js';

/** n articles one hour apart on 2020-01-15, in section "National". */
function articles(n: number, extra: (i: number) => Record<string, string> = () => ({})): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const hh = String(i % 24).padStart(2, '0');
    const dd = String(1 + Math.floor(i / 24)).padStart(2, '0');
    files[`content/a${i}.md`] = article({ title: `Story ${i}`, date: `2020-01-${dd}T${hh}:00:00+07:00`, ...extra(i) });
  }
  return files;
}

describe('URLs and collisions', () => {
  it('two articles with the same URL fail the build naming both files', async () => {
    const root = writeSite({
      'content/one/same.md': article({ title: 'One' }),
      'content/two/same.md': article({ title: 'Two' }),
    });
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('DUPLICATE_URL');
    expect(errors[0]!.message).toContain('one/same.md');
    expect(errors[0]!.message).toContain('two/same.md');
    expect(errors[0]!.message).toContain('/2020/01/same/');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('an alias that collides with a real page is an error naming the alias', async () => {
    const root = writeSite({
      'content/a.md': article({ title: 'A', slug: 'a' }),
      'content/b.md': article({ title: 'B', slug: 'b', date: '2020-01-16', aliases: '["/2020/01/a/"]' }),
    });
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors[0]!.code).toBe('DUPLICATE_URL');
    expect(errors[0]!.message).toMatch(/b\.md \(alias \/2020\/01\/a\/\).*a\.md|a\.md.*b\.md \(alias/);
  });

  it('slugs keep Unicode letters and combining marks, normalised to NFC', async () => {
    const decomposed = 'Cafe\u0301 ព័ត៌មាន';
    const site = await buildSite(writeSite({ 'content/x.md': article({ title: 'T', slug: JSON.stringify(decomposed) }) }));
    expect(fs.readdirSync(path.join(site.out, '2020/01'))).toContain('café-ព័ត៌មាន'.normalize('NFC'));
    expect(fs.readdirSync(path.join(site.out, '2020/01'))).not.toContain(decomposed.toLowerCase().replace(' ', '-'));
  });
});

describe('previous and next', () => {
  it('are chronological, and front matter overrides win', async () => {
    const files = articles(4);
    files['content/a1.md'] = article({ title: 'Story 1', date: '2020-01-01T01:00:00+07:00', next: 'a3.md', prev: '/2020/01/a3/' });
    const site = await buildSite(writeSite(files));
    const a2 = site.read('2020/01/a2/index.html');
    expect(a2).toMatch(/rel="prev" href="\/2020\/01\/a1\/">Story 1</);
    expect(a2).toMatch(/rel="next" href="\/2020\/01\/a3\/">Story 3</);
    const a1 = site.read('2020/01/a1/index.html');
    expect(a1).toMatch(/rel="prev" href="\/2020\/01\/a3\/">Story 3</);
    expect(a1).toMatch(/rel="next" href="\/2020\/01\/a3\/">Story 3</);
    expect(site.read('2020/01/a0/index.html')).not.toContain('Previous Article');
  });

  it('an override naming no published article is an error', async () => {
    const files = articles(2);
    files['content/a1.md'] = article({ title: 'Story 1', next: 'missing.md' });
    const errors = await expectBuildErrors(() => buildSite(writeSite(files)));
    expect(errors[0]).toMatchObject({ code: 'UNKNOWN_ARTICLE_REF', location: { file: 'a1.md' } });
  });
});

describe('pagination and publishing rules', () => {
  it('home and section pages hold exactly perPage articles, newest first, with working pager links', async () => {
    const site = await buildSite(writeSite(articles(25)), { perPage: 10 });
    // The stories of the list itself (lead, grid, list), not the home page's section blocks.
    const count = (rel: string) => listedUrls(parseHtml(site.read(rel))).length;
    expect([count('index.html'), count('page/2/index.html'), count('page/3/index.html')]).toEqual([10, 10, 5]);
    expect(fs.existsSync(path.join(site.out, 'page/4/index.html'))).toBe(false);
    expect(site.read('index.html').indexOf('Story 24')).toBeLessThan(site.read('index.html').indexOf('Story 23'));
    expect(site.read('page/3/index.html')).toContain('Story 0<');
    const p2 = site.read('page/2/index.html');
    expect(p2).toContain('<link rel="prev" href="/">');
    expect(p2).toContain('<link rel="next" href="/page/3/">');
    expect([count('section/national/index.html'), count('section/national/page/3/index.html')]).toEqual([10, 5]);
  });

  it('drafts and future articles appear only with --drafts / --future', async () => {
    const files = {
      'content/now.md': article({ title: 'Now' }),
      'content/draft.md': article({ title: 'Draft', draft: 'true' }),
      'content/later.md': article({ title: 'Later', date: '2030-01-01' }),
    };
    const plain = await buildSite(writeSite(files));
    expect(plain.stats).toMatchObject({ articles: 1, drafts: 1, future: 1 });
    const all = await buildSite(writeSite(files), {}, {}, { drafts: true, future: true });
    expect(all.stats.articles).toBe(3);
    expect(all.read('2030/01/later/index.html')).toContain('Later');
  });
});
