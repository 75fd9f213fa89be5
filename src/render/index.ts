// Stage 3, render: SiteIndex -> OutputFile stream. Contexts are built here on the main thread;
// Markdown and templates run in worker threads; unchanged pages are skipped by input key.
import type { ResolvedConfig } from '../config/index.js';
import { pipelineFingerprint } from '../cache/pipeline-fingerprint.js';
import { hashOf } from '../shared/hash.js';
import type { Instant, OutputFile, SiteIndex } from '../types.js';
import { executeJobs } from './jobs/execute-jobs.js';
import type { FeedJob, Job, PageJob, WorkerInit } from './jobs/job-types.js';
import { createJobRunner } from './jobs/runners.js';
import { articlePageJob } from './pages/article-page.js';
import { feedJobs } from './pages/feed-jobs.js';
import { dateArchivePageJobs, navigationPageJobs } from './pages/list-pages.js';
import { createPageKit } from './pages/page-kit.js';
import { buildSiteContext } from './pages/site-context.js';
import { assetFiles, redirectFiles, sitemapFiles, themeCss } from './pages/site-files.js';
import { loadTheme } from './templates/load-theme.js';

export interface RenderOptions {
  now: Instant;
  threads: number;
  isFresh(path: string, inputKey: string): boolean;
  stats: { rendered: number; cached: number; skipped: number };
}

/** Render every page, feed and file of the site, streaming them to the writer. */
export async function* renderSite(index: SiteIndex, config: ResolvedConfig, options: RenderOptions): AsyncGenerator<OutputFile> {
  const theme = loadTheme(config.themeDir, config.templatesDir);
  const kit = createPageKit(config, index);
  const css = themeCss(theme);
  const site = buildSiteContext(kit, index, config, css.path);
  const bodyKeySalt = pipelineFingerprint();
  const siteKey = hashOf(theme.hash, JSON.stringify(site), bodyKeySalt);
  const feedKey = hashOf(JSON.stringify(config.feed), config.feed.content === 'full' ? bodyKeySalt : '', 'feeds-v1');

  const init: WorkerInit = { theme, site, contentDir: config.contentDir, cacheDir: config.cacheDir, bodyKeySalt };
  const articleCount = index.articles.length;
  const runner = createJobRunner(init, articleCount < 50 ? 0 : options.threads);
  const pageUrls: { loc: string; lastmod?: number }[] = [];
  const keyed = function* (jobs: Iterable<Omit<PageJob, 'inputKey'> | Omit<FeedJob, 'inputKey'>>): Generator<Job> {
    for (const job of jobs) {
      if (job.kind === 'page') {
        pageUrls.push({ loc: String((job.context.page as { canonical: string }).canonical) });
        yield { ...job, inputKey: hashOf(siteKey, job.template, JSON.stringify(job.context), job.body?.hash ?? '') };
      } else {
        yield { ...job, inputKey: hashOf(feedKey, JSON.stringify(job.channel)) };
      }
    }
  };
  const articleJobs = function* () {
    for (let i = 0; i < articleCount; i++) yield articlePageJob(kit, i);
  };
  try {
    const exec = { runner, isFresh: options.isFresh, batchSize: 32, stats: options.stats };
    yield* executeJobs(keyed(articleJobs()), exec);
    yield* executeJobs(keyed(navigationPageJobs(kit)), exec);
    yield* executeJobs(keyed(dateArchivePageJobs(kit)), exec);
    yield* executeJobs(keyed(feedJobs(kit)), exec);
  } finally {
    await runner.close();
  }
  // Article pages carry their lastmod; list pages change whenever their newest article does.
  index.articles.forEach((a, i) => Object.assign(pageUrls[i]!, { lastmod: a.modified }));
  yield* sitemapFiles(kit, pageUrls, options.now);
  yield* redirectFiles(kit);
  yield { path: css.path, contents: css.contents };
  yield* assetFiles(config.contentDir, index.assets);
}
