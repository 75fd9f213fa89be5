import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/load/index.js';
import { planNewArticle, writeNewArticle } from '../../src/scaffold/new-article.js';
import { expectBuildErrors } from '../helpers/errors.js';
import { buildSite, runCli, siteConfig, writeSite } from '../helpers/site.js';

// 2024-01-31 18:30 UTC is already 1 February 01:30 in Phnom Penh (+07:00): the folder and the
// date must follow the site's zone, not UTC.
const NOW = Date.parse('2024-01-31T18:30:00Z');

describe('broadsheet new', () => {
  it('plans content/YYYY/MM/slug.md in the site zone, with the front matter filled in and draft: true', async () => {
    const root = writeSite({});
    const config = siteConfig(root, { newArticle: { byline: 'Desk Editor', section: 'National' } });
    const planned = planNewArticle(config, { title: 'Rice farmers: "a bumper harvest"', now: NOW });
    expect(planned.relative).toBe('2024/02/rice-farmers-a-bumper-harvest.md');
    expect(planned.file).toBe(path.join(root, 'content/2024/02/rice-farmers-a-bumper-harvest.md'));
    writeNewArticle(planned);
    const { articles } = await loadContent(config);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      file: '2024/02/rice-farmers-a-bumper-harvest.md',
      title: 'Rice farmers: "a bumper harvest"',
      date: NOW,
      authors: ['Desk Editor'],
      section: 'National',
      tags: [],
      draft: true,
    });
    expect(fs.readFileSync(planned.file, 'utf8')).toContain('date: 2024-02-01T01:30:00+07:00\n');
    expect(articles[0]!.summary).toBeUndefined();
  });

  it('flags win over the config defaults, and without either the byline and section are left empty', async () => {
    const root = writeSite({});
    const config = siteConfig(root, { newArticle: { byline: 'Desk Editor', section: 'National' } });
    writeNewArticle(planNewArticle(config, { title: 'One', now: NOW, byline: 'Taing Vida', section: 'Business' }));
    const bare = siteConfig(root);
    writeNewArticle(planNewArticle(bare, { title: 'Two', now: NOW }));
    const { articles } = await loadContent(bare);
    const byTitle = Object.fromEntries(articles.map((a) => [a.title, a]));
    expect(byTitle.One).toMatchObject({ authors: ['Taing Vida'], section: 'Business' });
    expect(byTitle.Two!.authors).toEqual([]);
    expect(byTitle.Two!.section).toBeUndefined();
  });

  it('keeps a Khmer headline readable in the file name, and the new file builds into its page', async () => {
    const root = writeSite({});
    const config = siteConfig(root);
    const planned = planNewArticle(config, { title: 'បុណ្យអុំទូក ឆ្នាំ២០២៤', now: NOW });
    expect(planned.relative).toBe('2024/02/បុណ្យអុំទូក-ឆ្នាំ២០២៤.md');
    writeNewArticle(planned);
    // A draft: left out of a normal build, published with --drafts.
    const plain = await buildSite(root, {}, { now: NOW + 60_000 });
    expect(plain.stats).toMatchObject({ articles: 0, drafts: 1 });
    const site = await buildSite(root, {}, { now: NOW + 60_000 }, { drafts: true, out: path.join(root, 'with-drafts') });
    expect(site.read('2024/02/បុណ្យអុំទូក-ឆ្នាំ២០២៤/index.html')).toContain('<h1>បុណ្យអុំទូក ឆ្នាំ២០២៤</h1>');
  });

  it('refuses to replace an existing file, leaving it as it was', async () => {
    const root = writeSite({ 'content/2024/02/budget-vote.md': 'written by hand\n' });
    const config = siteConfig(root);
    const [error] = await expectBuildErrors(async () => writeNewArticle(planNewArticle(config, { title: 'Budget vote', now: NOW })));
    expect(error).toMatchObject({ code: 'ARTICLE_EXISTS', location: { file: '2024/02/budget-vote.md' } });
    expect(error!.hint).toContain('--slug');
    expect(fs.readFileSync(path.join(root, 'content/2024/02/budget-vote.md'), 'utf8')).toBe('written by hand\n');
  });

  it('a headline with nothing to make a file name from is a usage error', async () => {
    const config = siteConfig(writeSite({}));
    const [error] = await expectBuildErrors(async () => planNewArticle(config, { title: '?!', now: NOW }));
    expect(error!.code).toBe('CLI_USAGE');
    expect(planNewArticle(config, { title: '?!', now: NOW, slug: 'explainer' }).relative).toBe('2024/02/explainer.md');
  });
});

describe('broadsheet new from the command line', () => {
  it('prints the path, honours SOURCE_DATE_EPOCH and --config, and refuses a second run', () => {
    const root = writeSite({ 'site.json': JSON.stringify({ timeZone: 'Asia/Phnom_Penh', newArticle: { byline: 'Desk' } }) });
    const env = { SOURCE_DATE_EPOCH: String(NOW / 1000) };
    const args = ['new', 'Officials blamed for watch list placing', '--config', 'site.json', '--section', 'National'];
    const first = runCli([...args, '--verbose'], root, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('content/2024/02/officials-blamed-for-watch-list-placing.md\n');
    const text = fs.readFileSync(path.join(root, first.stdout.trim()), 'utf8');
    // --verbose shows what was written, on stderr so stdout stays just the path.
    expect(first.stderr).toBe(text);
    expect(text).toMatch(
      /^---\ntitle: "Officials blamed for watch list placing"\ndate: 2024-02-01T01:30:00\+07:00\nbyline: "Desk"\nsection: "National"\n/,
    );
    const second = runCli(args, root, env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('content/2024/02/officials-blamed-for-watch-list-placing.md  error ARTICLE_EXISTS');
    expect(fs.readFileSync(path.join(root, first.stdout.trim()), 'utf8')).toBe(text);
  });
});
