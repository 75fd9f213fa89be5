// Executes render jobs: the same code runs inside worker threads and in-process (--workers 0).
import { createBodyCache, type BodyCache } from '../../cache/body-cache.js';
import { createError } from '../../errors/index.js';
import { readArticleBody } from '../../load/index.js';
import { hashOf } from '../../shared/hash.js';
import type { OutputFile } from '../../types.js';
import { renderAtom, renderJsonFeed, renderRss } from '../feeds/index.js';
import { opensWithLongParagraph, readingMinutes } from '../body-stats.js';
import type { MarkdownRenderer } from '../markdown/create-markdown-renderer.js';
import { createTemplateEngine, type TemplateEngine } from '../templates/create-template-engine.js';
import type { BodyRef, FeedJob, Job, JobBatchResult, PageJob, WorkerInit } from './job-types.js';

export interface BatchRunner {
  run(jobs: Job[]): Promise<JobBatchResult>;
}

interface State {
  init: WorkerInit;
  engine: TemplateEngine;
  cache: BodyCache;
  markdown?: MarkdownRenderer;
}

/** Per-batch counts: batches may overlap in one thread, so they are not kept on the state. */
interface Counts {
  rendered: number;
  cached: number;
}

/** Set up templates and cache once; the Markdown pipeline loads only when a body is not cached. */
export function createBatchRunner(init: WorkerInit): BatchRunner {
  const state: State = {
    init,
    engine: createTemplateEngine(init.theme),
    cache: createBodyCache(init.cacheDir, init.reuseBodies),
  };
  return {
    async run(jobs) {
      const counts: Counts = { rendered: 0, cached: 0 };
      const files: OutputFile[] = [];
      for (const job of jobs) {
        if (job.kind === 'page') files.push(await runPage(state, counts, job));
        else files.push(...(await runFeed(state, counts, job)));
      }
      return { files, renderedBodies: counts.rendered, cachedBodies: counts.cached };
    },
  };
}

async function runPage(state: State, counts: Counts, job: PageJob): Promise<OutputFile> {
  let context: Record<string, unknown> = { ...job.context, site: state.init.site };
  if (job.body) {
    const body = await bodyHtml(state, counts, job.body);
    const article = job.context.article as object;
    context = { ...context, article: { ...article, body, readingMinutes: readingMinutes(body), dropCap: opensWithLongParagraph(body) } };
  }
  const file: OutputFile = { path: job.path, contents: state.engine.render(job.template, context), inputKey: job.inputKey };
  if (job.source) file.source = job.source;
  return file;
}

async function runFeed(state: State, counts: Counts, job: FeedJob): Promise<OutputFile[]> {
  const items = [];
  for (const { body, ...item } of job.channel.items) {
    items.push(body ? { ...item, contentHtml: await bodyHtml(state, counts, body) } : item);
  }
  const channel = { ...job.channel, items } as unknown as Parameters<typeof renderRss>[0];
  return [
    { path: job.paths.rss, contents: renderRss(channel), inputKey: job.inputKey },
    { path: job.paths.atom, contents: renderAtom(channel), inputKey: job.inputKey },
    { path: job.paths.json, contents: renderJsonFeed(channel), inputKey: job.inputKey },
  ];
}

/** The cache key of a rendered body: its Markdown plus the pipeline that renders it. */
export function bodyKey(hash: string, salt: string): string {
  return hashOf(hash, salt);
}

async function bodyHtml(state: State, counts: Counts, ref: BodyRef): Promise<string> {
  const key = bodyKey(ref.hash, state.init.bodyKeySalt);
  const hit = state.cache.get(key);
  if (hit !== undefined) {
    counts.cached++;
    return hit;
  }
  const bytes = readArticleBody(state.init.contentDir, ref.file, ref.offset);
  if (hashOf(bytes) !== ref.hash) {
    throw createError('FILE_UNREADABLE', {
      message: `${ref.file} changed while the site was being built.`,
      hint: 'Run the build again once the file is saved.',
      location: { file: ref.file },
    });
  }
  const markdown = bytes.toString('utf8');
  if (!state.markdown) {
    const { createMarkdownRenderer } = await import('../markdown/create-markdown-renderer.js');
    state.markdown = createMarkdownRenderer({ sanitize: state.init.sanitize });
  }
  let html: string;
  try {
    html = state.markdown.render(markdown);
  } catch (cause) {
    throw createError('MARKDOWN_ERROR', {
      message: `The body of ${ref.file} cannot be rendered: ${(cause as Error).message}`,
      hint: 'Look for unusual syntax near the reported line; report a bug if the Markdown is valid.',
      location: { file: ref.file, line: ref.line },
      cause,
    });
  }
  state.cache.set(key, html);
  counts.rendered++;
  return html;
}
