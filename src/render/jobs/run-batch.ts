// Executes render jobs: the same code runs inside worker threads and in-process (--workers 0).
import { createBodyCache, type BodyCache } from '../../cache/body-cache.js';
import { createError } from '../../errors/index.js';
import { readArticleBody } from '../../load/index.js';
import { hashOf } from '../../shared/hash.js';
import type { OutputFile } from '../../types.js';
import { renderAtom, renderJsonFeed, renderRss } from '../feeds/index.js';
import type Handlebars from 'handlebars';
import { loadExtensions, type LoadedExtensions } from '../extensions/index.js';
import type { MarkdownRenderer, PluginFailure } from '../markdown/create-markdown-renderer.js';
import { createTemplateEngine, type TemplateEngine } from '../templates/create-template-engine.js';
import type { BodyRef, FeedJob, Job, JobBatchResult, PageJob, WorkerInit } from './job-types.js';

export interface BatchRunner {
  run(jobs: Job[]): Promise<JobBatchResult>;
}

interface State {
  init: WorkerInit;
  engine: TemplateEngine;
  cache: BodyCache;
  extensions: LoadedExtensions;
  markdown?: MarkdownRenderer;
}

/** Per-batch counts: batches may overlap in one thread, so they are not kept on the state. */
interface Counts {
  rendered: number;
  cached: number;
}

/** Set up templates, cache and the site's extensions once; the Markdown pipeline loads only when a body is not cached. */
export function createBatchRunner(init: WorkerInit): BatchRunner {
  let ready: Promise<State> | undefined;
  return {
    async run(jobs) {
      const state = await (ready ??= createState(init));
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

async function createState(init: WorkerInit): Promise<State> {
  const extensions = await loadExtensions(init.extensions);
  return {
    init,
    engine: createTemplateEngine(init.theme, extensions.helpers as Record<string, Handlebars.HelperDelegate>),
    cache: createBodyCache(init.cacheDir, init.reuseBodies),
    extensions,
  };
}

async function runPage(state: State, counts: Counts, job: PageJob): Promise<OutputFile> {
  let context: Record<string, unknown> = { ...job.context, site: state.init.site };
  if (job.body) {
    const body = await bodyHtml(state, counts, job.body);
    context = { ...context, article: { ...(job.context.article as object), body } };
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
  let html: string;
  try {
    if (!state.markdown) {
      const { createMarkdownRenderer } = await import('../markdown/create-markdown-renderer.js');
      state.markdown = createMarkdownRenderer({
        sanitize: state.init.sanitize,
        plugins: { remark: state.extensions.remarkPlugins, rehype: state.extensions.rehypePlugins },
        ...(state.init.pluginsKey ? { pluginsKey: state.init.pluginsKey } : {}),
      });
    }
    html = state.markdown.render(markdown);
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'PluginFailure') throw pluginError(cause as PluginFailure, ref);
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

function pluginError(failure: PluginFailure, ref: BodyRef) {
  return createError('PLUGIN_FAILED', {
    message: `The ${failure.kind} plugin "${failure.plugin}" failed on ${ref.file}: ${failure.message}`,
    hint: `The article may use something the plugin does not expect; check its options in markdown.${failure.kind}Plugins of the config, or report it to the plugin's authors.`,
    location: { file: ref.file, line: ref.line },
    cause: failure.original,
  });
}
