// Executes render jobs: the same code runs inside worker threads and in-process (--workers 0).
import { createBodyCache, type BodyCache } from '../../cache/body-cache.js';
import { isBroadsheetError, type BroadsheetError, createProblem, toPlainProblem } from '../../errors/index.js';
import { readArticleBody } from '../../load/index.js';
import { hashOf } from '../../shared/hash.js';
import type { OutputFile } from '../../types.js';
import { renderAtom, renderJsonFeed, renderRss } from '../feeds/index.js';
import { opensWithLongParagraph, readingMinutes } from '../body-stats.js';
import type Handlebars from 'handlebars';
import { loadExtensions, type LoadedExtensions } from '../extensions/index.js';
import type { MarkdownRenderer, RenderedBody } from '../markdown/create-markdown-renderer.js';
import { bodyWarnings } from '../markdown/body-warnings.js';
import type { SyntaxNote } from '../markdown/migrate/types.js';
import type { Removal } from '../markdown/removed-html.js';
import { createTemplateEngine, type TemplateEngine } from '../templates/create-template-engine.js';
import { checkBody, renderFailure } from './check-body.js';
import type { BodyRef, FeedJob, Job, JobBatchResult, JobFailure, PageJob, PlainError, WorkerInit } from './job-types.js';

export interface BatchRunner {
  /** Run jobs in order; `progress[0]` is set to the index of the job being run, for a watchdog in another thread. */
  run(jobs: Job[], progress?: Int32Array): Promise<JobBatchResult>;
}

interface State {
  init: WorkerInit;
  engine: TemplateEngine;
  cache: BodyCache;
  extensions: LoadedExtensions;
  markdown?: MarkdownRenderer;
  /** The running batch's progress slot (worker threads): see BatchRunner.run. */
  progress?: Int32Array;
}

/** Per-batch counts: batches may overlap in one thread, so they are not kept on the state. */
interface Counts {
  rendered: number;
  cached: number;
  warnings: PlainError[];
}

/** Set up templates, cache and the site's extensions once; the Markdown pipeline loads only when a body is not cached. */
export function createBatchRunner(init: WorkerInit): BatchRunner {
  let ready: Promise<State> | undefined;
  return {
    async run(jobs, progress) {
      // Loading the site's extensions is set-up: progress is still -1, so the time budget has not started.
      const state = await (ready ??= createState(init));
      if (progress) state.progress = progress;
      const counts: Counts = { rendered: 0, cached: 0, warnings: [] };
      const files: OutputFile[] = [];
      const failures: JobFailure[] = [];
      for (const [i, job] of jobs.entries()) {
        if (progress) Atomics.store(progress, 0, i);
        if (job.kind === 'feed') {
          files.push(...(await runFeed(state, counts, job)));
          continue;
        }
        try {
          const before = counts.warnings.length;
          const file = await runPage(state, counts, job);
          if (counts.warnings.length > before) file.problems = counts.warnings.slice(before);
          files.push(file);
        } catch (error) {
          // One article's body must not take its batch down: the build decides what to do with it.
          if (!isBroadsheetError(error) || !job.source) throw error;
          failures.push({ source: job.source, error: toPlainError(error) });
        }
      }
      if (progress) Atomics.store(progress, 0, jobs.length);
      return { files, renderedBodies: counts.rendered, cachedBodies: counts.cached, failures, warnings: counts.warnings };
    },
  };
}

async function createState(init: WorkerInit): Promise<State> {
  const extensions = await loadExtensions(init.extensions);
  return {
    init,
    engine: createTemplateEngine(init.theme, extensions.helpers as Record<string, Handlebars.HelperDelegate>, init.i18n),
    cache: createBodyCache(init.cacheDir, init.reuseBodies),
    extensions,
  };
}

async function runPage(state: State, counts: Counts, job: PageJob): Promise<OutputFile> {
  const site = (job.language && state.init.languageSites?.[job.language]) || state.init.site;
  let context: Record<string, unknown> = { ...job.context, site };
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
    items.push(body ? { ...item, contentHtml: await bodyHtml(state, counts, body, false) } : item);
  }
  const channel = { ...job.channel, items } as unknown as Parameters<typeof renderRss>[0];
  return [
    { path: job.paths.rss, contents: renderRss(channel), inputKey: job.inputKey },
    { path: job.paths.atom, contents: renderAtom(channel), inputKey: job.inputKey },
    { path: job.paths.json, contents: renderJsonFeed(channel), inputKey: job.inputKey },
  ];
}

/** A BroadsheetError as data that survives structured cloning. */
export const toPlainError: (error: BroadsheetError) => PlainError = toPlainProblem;

/** The cache key of a rendered body: its Markdown, the renditions of its images, what it refers to and the pipeline that renders it. */
export function bodyKey(ref: Pick<BodyRef, 'hash' | 'photos' | 'references'>, salt: string): string {
  const extra = [
    ...(ref.photos?.length ? [JSON.stringify(ref.photos)] : []),
    ...(ref.references ? [`references=${JSON.stringify(ref.references)}`] : []),
  ];
  return hashOf(ref.hash, ...extra, salt);
}

/** A body's HTML; `report` is false for feeds, whose bodies their pages already reported. */
async function bodyHtml(state: State, counts: Counts, ref: BodyRef, report = true): Promise<string> {
  const key = bodyKey(ref, state.init.bodyKeySalt);
  const damaged = state.cache.corrupt;
  const hit = state.cache.get(key);
  // A damaged entry was dropped by the cache (never served): say so, then render the body again.
  if (state.cache.corrupt > damaged) {
    const problem = createProblem(
      'CACHE_DAMAGED',
      { kind: 'body', article: ref.file },
      { location: { file: ref.file }, severity: 'warning' },
    );
    counts.warnings.push(toPlainProblem(problem));
  }
  if (hit !== undefined) {
    if (state.cache.onDisk) counts.cached++;
    const cached = unpackBody(hit);
    if (report) counts.warnings.push(...bodyWarnings(ref.file, ref.line, cached).map(toPlainError));
    return cached.html;
  }
  const bytes = readArticleBody(state.init.contentDir, ref.file, ref.offset);
  if (hashOf(bytes) !== ref.hash) {
    throw createProblem('FILE_UNREADABLE', { kind: 'changed', file: ref.file }, { location: { file: ref.file } });
  }
  const markdown = checkBody(bytes, ref, state.init.limits);
  let rendered: RenderedBody;
  try {
    if (!state.markdown) {
      // Loading the pipeline is the thread's set-up, not the article's work: the time budget pauses.
      const job = state.progress ? Atomics.exchange(state.progress, 0, -1) : -1;
      try {
        const { createMarkdownRenderer } = await import('../markdown/create-markdown-renderer.js');
        state.markdown = createMarkdownRenderer({
          sanitize: state.init.sanitize,
          plugins: { remark: state.extensions.remarkPlugins, rehype: state.extensions.rehypePlugins },
        });
      } finally {
        if (state.progress) Atomics.store(state.progress, 0, job);
      }
    }
    rendered = state.markdown.renderReporting(markdown, ref.photos, ref.references);
  } catch (cause) {
    throw renderFailure(cause, ref);
  }
  // What was lost on the way is kept with the cached body, so every build reports it.
  state.cache.set(key, packBody(rendered));
  if (report) counts.warnings.push(...bodyWarnings(ref.file, ref.line, rendered).map(toPlainError));
  counts.rendered++;
  return rendered.html;
}

const REMOVED_MARK = '<!--broadsheet-removed ';

function packBody({ html, removed, notes }: RenderedBody): string {
  if (!removed.length && !notes.length) return html;
  return `${REMOVED_MARK}${JSON.stringify({ removed, notes }).replaceAll('--', '-\\u002d')}-->\n${html}`;
}

function unpackBody(text: string): RenderedBody {
  if (!text.startsWith(REMOVED_MARK)) return { html: text, removed: [], notes: [] };
  const end = text.indexOf('-->\n');
  const lost = JSON.parse(text.slice(REMOVED_MARK.length, end)) as { removed: Removal[]; notes?: SyntaxNote[] } | Removal[];
  const html = text.slice(end + 4);
  return Array.isArray(lost) ? { html, removed: lost, notes: [] } : { html, removed: lost.removed, notes: lost.notes ?? [] };
}
