// Units of render work: plain data, so they can cross to worker threads in batches.
import type { PlainProblem } from '../../errors/index.js';
import type { OutputFile } from '../../types.js';
import type { BodyLimits } from '../markdown/body-limits.js';
import type { BodyPhoto } from '../markdown/rehype-body-photos.js';
import type { ExtensionSource } from '../extensions/index.js';
import type { SanitizeOptions } from '../markdown/sanitize-schema.js';
import type { I18nInit } from '../templates/i18n-helpers.js';
import type { Theme } from '../templates/load-theme.js';

/** Where an article body lives on disk; the worker reads, checks and renders it (or finds it cached). */
export interface BodyRef {
  file: string;
  offset: number;
  hash: string;
  line: number;
  /** Renditions of the body's local images: part of its cache key, so a changed photo renders it again. */
  photos?: BodyPhoto[];
  /** What its migrated template syntax refers to on the site ({% post_url %}, site.url...), answered: part of its cache key. */
  references?: Record<string, string>;
}

export interface PageJob {
  kind: 'page';
  path: string;
  template: string;
  context: Record<string, unknown>;
  body?: BodyRef;
  inputKey: string;
  source?: string;
  /** The page's language on a multilingual site (index into SiteIndex.languages): which `site` it gets. */
  language?: number;
}

/** Feed items carry body references when the site publishes full content. */
export interface FeedJob {
  kind: 'feed';
  paths: { rss: string; atom: string; json: string };
  channel: Record<string, unknown> & { items: (Record<string, unknown> & { body?: BodyRef })[] };
  inputKey: string;
}

export type Job = PageJob | FeedJob;

/**
 * A job before its context is built: its output paths and input key are known cheaply, and
 * make() builds the full job only when the outputs are stale.
 */
export interface PlannedJob {
  paths: string[];
  inputKey: string;
  /** Canonical URL of an HTML page, for the sitemap. */
  url?: string;
  /** Its versions in other languages, for the sitemap's xhtml:link alternates. */
  alternates?: { lang: string; href: string }[];
  /** The input file behind the page, for messages about clashes. */
  source?: string;
  make(): Job;
}

/** An article whose page could not be made (a body past a limit, a time-out): the rest of the batch goes on. */
export interface JobFailure {
  /** The article file, relative to the content folder. */
  source: string;
  error: PlainError;
}

/** A BroadsheetError as plain data, to cross the thread boundary. */
export type PlainError = PlainProblem;

export interface JobBatchResult {
  files: OutputFile[];
  renderedBodies: number;
  cachedBodies: number;
  failures: JobFailure[];
  /** Problems that did not stop a page (HTML the sanitiser removed). */
  warnings: PlainError[];
}

/** What every worker (or the in-process runner) is set up with once. */
export interface WorkerInit {
  theme: Theme;
  site: Record<string, unknown>;
  /** On a multilingual site, `site` as each language's pages see it (by language index; 0 is `site`). */
  languageSites?: Record<string, unknown>[];
  contentDir: string;
  cacheDir: string | null;
  /** Bodies are needed again after their page (full-content feeds): keep recent ones in memory without a cache dir. */
  reuseBodies: boolean;
  bodyKeySalt: string;
  /** The site's additions to the Markdown sanitiser's allowlist. */
  sanitize: SanitizeOptions;
  /** Bounds on each body (config `limits`): checked before Markdown is parsed. */
  limits: BodyLimits & { bodyBytes: number };
  /** The site's unified plugins and Handlebars helpers, if any (their fingerprint is part of bodyKeySalt). */
  extensions?: ExtensionSource;
  /** Translation files, the site's language and time zone, for the theme's t and date helpers. */
  i18n: I18nInit;
}
