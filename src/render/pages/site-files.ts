// Files that are not pages: sitemaps, the news sitemap, robots.txt, redirects, theme and content assets.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'csso';
import { createBuildFailure, createProblem, type BroadsheetError } from '../../errors/index.js';
import { SITE_FILES, newsSitemapPath } from '../../index/routes.js';
import { hashOf } from '../../shared/hash.js';
import { sanitizeSvg } from '../../shared/safe-svg.js';
import { OWN_ASSETS_DIR } from '../../shared/reserved-paths.js';
import type { Asset, Instant, OutputFile } from '../../types.js';
import { aliasToPath, renderRedirectPage, renderRedirectsFile, splitQueryAlias, type Redirect } from '../redirects/index.js';
import { renderNewsSitemap, renderRobotsTxt, renderSitemaps, type SitemapEntry } from '../sitemaps/index.js';
import { oldAssetRedirectLines } from '../redirects/old-asset-redirects.js';
import type { Theme } from '../templates/load-theme.js';
import type { PageKit } from './page-kit.js';

/** The theme's assets (CSS, the search script) under content-hashed names, so CDNs may cache them forever. */
/** A theme stylesheet without comments and spacing; csso without restructuring, so the cascade is the author's. */
function minifyCss(css: string): string {
  return minify(css, { restructure: false }).css;
}

export function themeAssets(theme: Theme, generated: Record<string, string> = {}): { files: OutputFile[]; paths: Record<string, string> } {
  const files: OutputFile[] = [];
  const paths: Record<string, string> = {};
  // Generated assets (the wordmark) are published like theme files, unless the theme has its own.
  for (const [rel, written] of Object.entries({ ...generated, ...theme.files })) {
    const m = /^assets\/(.+?)(\.[^./]+)?$/.exec(rel);
    if (!m) continue;
    // Stylesheets are published minified (comments and spacing cost every reader bytes); rules keep their order.
    const contents = m[2] === '.css' ? minifyCss(written) : written;
    // Published under our own folder: /assets/ belongs to the content of Jekyll and Hugo sites.
    const out = `${OWN_ASSETS_DIR}/${m[1]}.${hashOf(contents).slice(0, 10)}${m[2] ?? ''}`;
    paths[rel.slice('assets/'.length)] = out;
    files.push({ path: out, contents, source: theme.origins[rel] ?? rel });
  }
  return { files, paths };
}

/**
 * sitemap.xml (split past the protocol's limits), a news sitemap per language when anything of it
 * is recent (news-sitemap.xml for the site's language, news-sitemap-<prefix>.xml for others), and robots.txt.
 */
export function sitemapFiles(kits: readonly PageKit[], pageUrls: SitemapEntry[], now: Instant): OutputFile[] {
  const kit = kits[0]!;
  const { config, index } = kit;
  const entries: SitemapEntry[] = [...pageUrls];
  const files: OutputFile[] = renderSitemaps(entries, {
    siteUrl: config.siteUrl,
    timeZone: config.timeZone,
    maxUrls: config.sitemapMaxUrls,
  }).map((f) => ({ path: f.path, contents: f.contents }));
  const sitemapUrls = [kit.absolute(kit.routes.file(SITE_FILES.sitemap))];
  for (const k of kits) {
    const news = renderNewsSitemap(
      k.language.articles.map((i) => {
        const a = index.articles[i]!;
        return {
          loc: kit.absolute(a.url),
          title: a.title,
          published: a.date,
          publicationName: a.publication,
          language: a.lang ?? k.config.language,
        };
      }),
      { now, windowHours: config.newsSitemap.windowHours, max: config.newsSitemap.max, timeZone: config.timeZone },
    );
    // Left out while nothing is recent (an empty urlset is invalid); the writer removes the old one.
    if (news === undefined) continue;
    const file = newsSitemapPath(k.language.prefix);
    files.push({ path: file, contents: news });
    sitemapUrls.push(kit.absolute(kit.routes.file(file)));
  }
  files.push({ path: SITE_FILES.robots, contents: renderRobotsTxt({ sitemapUrls }) });
  return files;
}

/**
 * Redirect pages and a _redirects file for every alias. Bad aliases are errors naming their
 * article: all of them are thrown together, or handed to onProblem (check) and left out.
 * Aliases with a query (/?p=123) go to _redirects only, since a static file cannot match a query;
 * an alias that is the article's own address is left out, as it would replace the article.
 */
export function redirectFiles(kit: PageKit, onProblem?: (problem: BroadsheetError) => void, themePaths: string[] = []): OutputFile[] {
  const redirects: Redirect[] = [];
  const files: OutputFile[] = [];
  const problems: BroadsheetError[] = [];
  for (const a of kit.index.articles) {
    for (const alias of a.aliases) {
      const withQuery = splitQueryAlias(alias);
      const target = withQuery ?? aliasToPath(alias);
      if ('error' in target) {
        problems.push(
          createProblem(
            'UNSAFE_PATH',
            { kind: 'alias', alias, why: target.why },
            { location: { file: a.file, line: a.keyLines?.aliases ?? 1 } },
          ),
        );
        continue;
      }
      // target.path is already percent-encoded; the base path comes from a parsed URL, so it is too.
      const r: Redirect = { from: kit.routes.alias(target.path), to: a.url, toAbsolute: kit.absolute(a.url) };
      if ('query' in target) {
        redirects.push({ ...r, query: target.query });
        continue;
      }
      if (r.from === a.url) continue;
      redirects.push(r);
      // An old address too long to be a file name is served by the _redirects line alone (load warned).
      if (!target.fitsFile) continue;
      const lang = a.lang ?? kit.config.language;
      files.push({
        path: target.outPath,
        contents: renderRedirectPage(r, a.title, lang),
        source: `${a.file} (alias ${alias})`,
        sourceAt: { file: a.file, line: a.keyLines?.aliases ?? 1, key: 'aliases' },
      });
    }
  }
  if (problems.length && !onProblem) throw createBuildFailure(problems);
  problems.forEach((p) => onProblem?.(p));
  const contentPaths = kit.index.assets.map((a) => a.path);
  const moved = oldAssetRedirectLines(kit.config.basePath, themePaths, contentPaths, kit.photos.size > 0);
  files.push({ path: SITE_FILES.redirects, contents: renderRedirectsFile(redirects) + moved.map((line) => `${line}\n`).join('') });
  return files;
}

/** Non-Markdown files of the content folder, copied as they are to where the index placed them. */
export function assetFiles(contentDir: string, assets: Asset[]): OutputFile[] {
  return assets.flatMap((a): OutputFile[] => {
    const file = path.join(contentDir, a.source);
    if (!/\.svg$/i.test(a.source)) return [{ kind: 'copy', path: a.path, from: file, source: a.source }];
    // SVG is a document that can run scripts: only the rewritten, allowlisted drawing goes out.
    const safe = sanitizeSvg(fs.readFileSync(file, 'utf8'));
    return safe === undefined ? [] : [{ path: a.path, contents: safe, source: a.source }];
  });
}

/** Every file of the site's static folder (favicon, ads, photo originals), copied as it is. */
export function staticFiles(staticDir: string): OutputFile[] {
  if (!fs.existsSync(staticDir)) return [];
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      // Hidden files (.git, .DS_Store) stay behind; .well-known is published (security.txt, app links).
      if (e.name.startsWith('.') && e.name !== '.well-known') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile()) found.push(r);
    }
  };
  walk(staticDir, '');
  return found
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((rel) => ({ kind: 'copy', path: rel, from: path.join(staticDir, rel), source: `static/${rel}` }));
}
