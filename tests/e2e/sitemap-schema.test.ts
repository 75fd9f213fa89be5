// Every sitemap of the example archive validates against the sitemaps.org schema (and the news
// sitemap against Google's news extension), checked by xmllint from Debian's libxml2-utils.
// Built with a small URL limit, so there is a sitemap index and several urlsets, and at a build
// time right after the newest stories, so the news sitemap has entries.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/site.js';

const schemas = path.join(repoRoot, 'tests/fixtures/sitemaps');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-sitemaps-'));
const out = path.join(root, 'dist');

function xmllint(schema: string, files: string[]) {
  return spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(schemas, schema), ...files], { encoding: 'utf8' });
}

describe('sitemaps of the example archive', () => {
  let byRoot: Record<string, string[]>;
  beforeAll(() => {
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'broadsheet.config.json'), 'utf8')) as Record<string, unknown>;
    const file = path.join(root, 'broadsheet.config.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...config,
        content: path.join(repoRoot, 'content'),
        static: path.join(repoRoot, 'static'),
        sitemapMaxUrls: 60,
        search: 'none',
      }),
    );
    // 17 March 2020: the newest stories of the archive are a day old.
    const built = runCli(['build', '--config', file, '--out', out, '--no-cache', '--quiet'], root, { SOURCE_DATE_EPOCH: '1584403200' });
    expect(built.code, built.stderr).toBe(0);
    byRoot = {};
    const xml = fs
      .readdirSync(out, { recursive: true })
      .map(String)
      .filter((n) => n.endsWith('.xml'));
    for (const name of xml) {
      const head = fs.readFileSync(path.join(out, name), 'utf8').slice(0, 300);
      const tag = /<(urlset|sitemapindex)\b/.exec(head)?.[1];
      if (tag) (byRoot[tag] ??= []).push(path.join(out, name));
    }
  });

  it('splits into a sitemap index and urlsets, with a news sitemap that has entries', () => {
    expect(byRoot.sitemapindex?.length).toBe(1);
    expect(byRoot.urlset!.length).toBeGreaterThan(3);
    expect(fs.readFileSync(path.join(out, 'news-sitemap.xml'), 'utf8')).toContain('<news:news>');
  });

  it('validates every urlset (news extension included) and the index against the schemas', () => {
    const urlsets = xmllint('news-urlset.xsd', byRoot.urlset!);
    expect(urlsets.error, 'xmllint must be installed (Debian libxml2-utils, see .ci/run)').toBeUndefined();
    expect(urlsets.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
    expect(urlsets.status).toBe(0);
    const index = xmllint('siteindex.xsd', byRoot.sitemapindex!);
    expect(index.stderr.trim()).toMatch(/ validates$/);
    expect(index.status).toBe(0);
  });

  it('would reject a sitemap that breaks the schema', () => {
    const bad = path.join(root, 'bad.xml');
    fs.writeFileSync(
      bad,
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>',
    );
    expect(xmllint('news-urlset.xsd', [bad]).status).not.toBe(0);
  });
});
