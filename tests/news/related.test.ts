// Related articles: ranked by shared tags, section only when no tag is shared, earlier stories
// only, newest first on ties, never the previous/next article, at most relatedCount; and right at
// scale when every story shares a tag (the linear-time check is a timing, so it is
// scripts/bench/related-scale.mjs, not a test).
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import type { SiteIndex, SourceArticle } from '../../src/types.js';
import { syntheticArticles } from '../../scripts/synthetic-articles.mjs';
import { article, buildSite, siteConfig, writeSite } from '../helpers/site.js';
import { attr, parseHtml, select, selectOne, textOf, type Element } from './helpers/html.js';

interface Spec {
  slug: string;
  day: number;
  section: string;
  tags: string[];
}

// Oldest first. r5 and r6 are the interesting ones; r7 shares nothing with anything.
const SPECS: Spec[] = [
  { slug: 'r0', day: 1, section: 'National', tags: ['rice'] },
  { slug: 'r1', day: 2, section: 'Business', tags: ['rice', 'floods'] },
  { slug: 'r2', day: 3, section: 'National', tags: [] },
  { slug: 'r3', day: 4, section: 'Sport', tags: ['football'] },
  { slug: 'r4', day: 5, section: 'National', tags: ['rice'] },
  { slug: 'r5', day: 6, section: 'National', tags: ['rice', 'floods'] },
  { slug: 'r6', day: 7, section: 'National', tags: ['rice', 'floods'] },
  { slug: 'r7', day: 8, section: 'Culture', tags: ['arts'] },
];
const url = (slug: string) => `/2020/01/${slug}/`;
const bySlug = new Map(SPECS.map((s) => [s.slug, s]));

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of SPECS) {
    const fields: Record<string, string> = {
      title: `"Title ${s.slug}"`,
      date: `2020-01-0${s.day}T10:00:00+07:00`,
      section: s.section,
    };
    if (s.tags.length) fields.tags = `[${s.tags.join(', ')}]`;
    out[`content/${s.slug}.md`] = article(fields);
  }
  return out;
}

/** The related list of an article page: [href, title, time datetime] per item; [] when there is no list. */
function related(doc: Element): string[][] {
  const aside = select(doc, 'aside', 'related');
  if (aside.length === 0) return [];
  return select(aside[0]!, 'li').map((li) => [
    attr(selectOne(li, 'a'), 'href')!,
    textOf(selectOne(li, 'a')),
    attr(selectOne(li, 'time'), 'datetime')!,
  ]);
}

describe('related articles on article pages (relatedCount 3)', () => {
  let read: (rel: string) => string;
  beforeAll(async () => {
    read = (await buildSite(writeSite(files()), { relatedCount: 3 })).read;
  });
  const relatedOf = (slug: string) => related(parseHtml(read(`2020/01/${slug}/index.html`)));

  it('ranks by shared tags, newest first on ties, leaving out the previous article the page already links', () => {
    // r5: r1 shares two tags, r0 one; r4 shares one too but is r5's Previous Article.
    expect(relatedOf('r5')).toEqual([
      [url('r1'), 'Title r1', '2020-01-02T10:00:00+07:00'],
      [url('r0'), 'Title r0', '2020-01-01T10:00:00+07:00'],
    ]);
    // r6 (previous: r5): r1 shares two tags; r4 and r0 one each, newer first; r2 (section only) is not listed.
    expect(relatedOf('r6').map((r) => r[0])).toEqual([url('r1'), url('r4'), url('r0')]);
    // r2 has no tags: earlier stories of its section stand in (r1, its previous, is Business anyway).
    expect(relatedOf('r2').map((r) => r[0])).toEqual([url('r0')]);
  });

  it('never repeats the Previous Article or Next Article link', () => {
    for (const s of SPECS) {
      const doc = parseHtml(read(`2020/01/${s.slug}/index.html`));
      const neighbours = select(doc, 'a')
        .filter((a) => ['prev', 'next'].includes(attr(a, 'rel') ?? ''))
        .map((a) => attr(a, 'href'));
      for (const [href] of relatedOf(s.slug)) expect(neighbours, `${href} on ${s.slug}`).not.toContain(href);
    }
  });

  it('every related article shares a tag or the section, is earlier, and there are at most 3', () => {
    for (const s of SPECS) {
      const items = relatedOf(s.slug);
      expect(items.length).toBeLessThanOrEqual(3);
      for (const [href] of items) {
        const other = bySlug.get(href!.split('/')[3]!)!;
        expect(other.day, `${href} on ${s.slug}`).toBeLessThan(s.day);
        // A tag in common whenever the article has tags; the section only for one without.
        const shares = s.tags.length ? other.tags.some((t) => s.tags.includes(t)) : other.section === s.section;
        expect(shares, `${href} on ${s.slug}`).toBe(true);
      }
    }
  });

  it('an article with nothing in common with earlier ones has no related list', () => {
    expect(relatedOf('r7')).toEqual([]);
    expect(relatedOf('r3')).toEqual([]);
    expect(relatedOf('r0')).toEqual([]);
    expect(read('2020/01/r7/index.html')).not.toContain('class="related"');
  });

  it('relatedCount 0 turns the list off', async () => {
    const site = await buildSite(writeSite(files()), { relatedCount: 0 });
    for (const s of SPECS) expect(related(parseHtml(site.read(`2020/01/${s.slug}/index.html`)))).toEqual([]);
  });
});

/** n synthetic articles with 1-3 tags each from a pool of 40 and one of 6 sections, picked by a fixed formula. */
function mixedCorpus(n: number): SourceArticle[] {
  return syntheticArticles(n).map((a, i) => ({
    ...a,
    section: `Section ${i % 6}`,
    tags: [...new Set([`tag ${(i * 7) % 40}`, `tag ${(i * 13 + 5) % 40}`, `tag ${(i * i) % 40}`].slice(0, 1 + (i % 3)))],
  }));
}

describe('related articles at scale', () => {
  const config = siteConfig(os.tmpdir(), { relatedCount: 5 });
  const index = (articles: SourceArticle[]) => buildIndex({ articles, assets: [], now: Date.parse('2024-06-01T00:00:00Z') }, config);

  let big: SiteIndex;
  beforeAll(() => {
    big = index(syntheticArticles(20_000));
  });

  it('a generated corpus of 3,000 mixed stories: nearly every related link shares a tag, none is previous or next', () => {
    const site = index(mixedCorpus(3_000));
    let links = 0;
    let sharing = 0;
    site.articles.forEach((a) => {
      for (const j of a.related) {
        links++;
        const other = site.articles[j]!;
        if (other.tagTerms.some((t) => a.tagTerms.includes(t))) sharing++;
        expect([a.prevArticle, a.nextArticle]).not.toContain(j);
        expect(other.date).toBeLessThan(a.date);
      }
    });
    expect(links).toBeGreaterThan(3_000 * 4);
    expect(sharing / links).toBeGreaterThan(0.95);
  });

  it('20,000 articles sharing one tag: each gets the 5 newest earlier ones after its previous article', () => {
    const site = big;
    expect(site.articles).toHaveLength(20_000);
    site.articles.forEach((a, i) => {
      const expected = [2, 3, 4, 5, 6].map((k) => i - k).filter((j) => j >= 0);
      if (a.related.length !== expected.length || a.related.some((j, k) => j !== expected[k])) {
        expect(a.related, `related of article ${i}`).toEqual(expected);
      }
    });
    expect(site.articles[19_999]!.related).toEqual([19_997, 19_996, 19_995, 19_994, 19_993]);
  });
});
