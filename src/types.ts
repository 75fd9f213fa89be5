// Plain data shapes passed between the pipeline stages: load -> index -> photos -> render -> search -> write.
// Nothing here holds behaviour; each stage folder exports one function over these types.
import type { BroadsheetError, PlainProblem } from './errors/index.js';

/** A point in time as epoch milliseconds (UTC). Formatting happens in the site's time zone. */
export type Instant = number;

export interface Photo {
  src: string;
  alt: string;
  credit?: string;
  caption?: string;
}

export interface Correction {
  date: Instant;
  text: string;
}

/** One article as read from disk: validated front matter, body kept out of memory. */
export interface SourceArticle {
  /** Path relative to the content folder, POSIX separators (used in every message). */
  file: string;
  /** Hash of the Markdown body's bytes (keys the body cache). */
  bodyHash: string;
  /** Hash of the file path and front matter text: changes whenever the metadata can. */
  metaHash: string;
  /** 1-based line of the first body line in the file, for diagnostics. */
  bodyLine: number;
  /** Byte offset of the body within the file; render re-reads the body from there. */
  bodyOffset: number;
  title: string;
  date: Instant;
  /** The source gave only a day, no time (2016-10-11, a dated file name): pages show the day alone. */
  dateOnly?: true;
  updated?: Instant;
  authors: string[];
  publication: string;
  section?: string;
  tags: string[];
  photo?: Photo;
  summary?: string;
  slug: string;
  prev?: string;
  next?: string;
  aliases: string[];
  draft: boolean;
  lang?: string;
  translationKey?: string;
  corrections: Correction[];
  /** Front matter keys Broadsheet does not read (Hugo-style `.Params`), for templates. */
  params?: Record<string, unknown>;
  /** Lines of the keys later stages can find fault with (a clashing slug, an unknown prev), for their messages. */
  keyLines?: Partial<Record<ReferencedKey, number>>;
  /**
   * A migrated post: the site path its source generator published it at ("/features/bigint/"),
   * and that generator's name. Where the post's own address is taken by an older post, it is
   * published here instead of being lost.
   */
  sourcePath?: { path: string; generator: string };
}

/** Front matter keys whose problems are found after loading (index, render, write). */
export type ReferencedKey = 'slug' | 'aliases' | 'prev' | 'next' | 'translationKey';

/** A named group of articles with its own paginated pages (section, tag, author). */
export interface Term {
  name: string;
  slug: string;
  url: string;
  /** Indexes into SiteIndex.articles, newest first. */
  articles: number[];
}

export interface DateBucket {
  key: string;
  url: string;
  label: string;
  articles: number[];
}

/** Article with everything the index computed about it. */
export interface IndexedArticle extends SourceArticle {
  url: string;
  /** Output path of the page relative to the output folder. */
  outPath: string;
  /** Date parts in the site's time zone: YYYY, MM, DD. */
  year: string;
  month: string;
  day: string;
  /** Latest of date, updated and correction dates. */
  modified: Instant;
  /** Dated after the build's "now" (published only with --future); pages mark it. */
  scheduled: boolean;
  authorTerms: number[];
  sectionTerm?: number;
  tagTerms: number[];
  prevArticle?: number;
  nextArticle?: number;
  related: number[];
  translations: number[];
  /** Index into SiteIndex.languages of the language whose pages list it (0: the site's language). */
  language: number;
}

export interface TermSet {
  kind: 'section' | 'tag' | 'author';
  terms: Term[];
}

/** One language of the site and where its pages live (issue 16). */
export interface SiteLanguage {
  /** BCP 47 tag ("km", "zh-CN"). */
  code: string;
  /** Its name in itself, for the language switcher ("ខ្មែរ"). */
  name: string;
  /** URL folder of its pages: '' for the site's language (at the root), else one segment ("km"). */
  prefix: string;
  title?: string;
  description?: string;
}

/** What a site or one of its languages is browsed by: its sections, tags, authors and date archives. */
export interface ListSets {
  sections: TermSet;
  tags: TermSet;
  authors: TermSet;
  years: DateBucket[];
  months: DateBucket[];
  days: DateBucket[];
}

/** The lists of one language: its articles and its own sections, tags, authors and date archives. */
export interface LanguageIndex extends SiteLanguage, ListSets {
  /** Indexes into SiteIndex.articles, oldest first. */
  articles: number[];
}

/** The term sets and date archives (ListSets) are the first language's; an article's term ids index its own language's sets. */
export interface SiteIndex extends ListSets {
  /** Published articles, oldest first (date, then file). */
  articles: IndexedArticle[];
  /** The site's languages, its own first; one entry on a single-language site. */
  languages: LanguageIndex[];
  /** Articles left out, for the summary line. */
  skipped: { drafts: number; future: number };
  /** Non-Markdown files under the content folder, copied through; page bundle files go beside their page. */
  assets: Asset[];
}

/** A file of the content folder to copy: its path there and where it is published. */
export interface Asset {
  source: string;
  path: string;
}

interface OutputFileBase {
  /** Relative to the output folder. */
  path: string;
  /** Hash of every input that determines the file; lets the writer skip unchanged pages. */
  inputKey?: string;
  /** The input file behind this output, for messages about collisions. */
  source?: string;
  /**
   * Where a problem with this output points: the content file and the line of the front matter
   * key that made it (an alias's redirect page: its `aliases` line). Without it, `source` at line 1.
   */
  sourceAt?: { file: string; line: number; key?: string };
  /**
   * Warnings found while making this file (what the sanitiser removed from its body, syntax left
   * unconverted). The writer records them with the file, so a later build that keeps the file
   * reports them again instead of going quiet.
   */
  problems?: PlainProblem[];
}

/**
 * One file to publish: its bytes (the default kind), a file to copy as it is (assets, static
 * files, cached renditions), or the file the last build wrote, kept because its inputs are unchanged.
 */
export type OutputFile =
  | (OutputFileBase & { kind?: 'bytes'; contents: string | Uint8Array })
  | (OutputFileBase & { kind: 'copy'; /** Absolute path of the file to copy. */ from: string })
  | (OutputFileBase & { kind: 'keep' });

export interface WriteStats {
  written: number;
  unchanged: number;
  deleted: number;
}

/** What the render stage did: bodies rendered and taken from the body cache, jobs whose files were all up to date. */
export interface RenderStats {
  rendered: number;
  cached: number;
  skipped: number;
}

/** What the search stage did (Pagefind): article pages indexed this build, index files, whether the last index was kept. */
export interface SearchStats {
  indexed: number;
  files: number;
  kept: boolean;
  /** Time Pagefind took (part of render+search+write). */
  ms: number;
  /** Search bundles (one per language, or per language and year), and how many were indexed again. */
  bundles: number;
  rebuilt: number;
}

export interface BuildStats {
  articles: number;
  drafts: number;
  future: number;
  /** Articles left out because they failed validation (--keep-going). */
  invalid: number;
  pages: number;
  files: number;
  write: WriteStats;
  rendered: number;
  cachedBodies: number;
  /** Responsive photos (issue 7): photos seen, renditions encoded, renditions reused from cache or output. */
  photos: PhotoStats;
  search: SearchStats;
  ms: number;
  timings: Record<string, number>;
  /** Problems that did not stop the build, in the order they were found. */
  warnings: BroadsheetError[];
}

// Responsive photos (issue 7): what the photos stage hands to render.

/** One encoded size of a photo in one format, as published. */
export interface Rendition {
  /** Output path relative to the output folder. */
  path: string;
  format: 'avif' | 'webp' | 'jpeg';
  width: number;
  height: number;
}

/** A front matter photo made ready for pages: renditions when it is a local raster image, else its own file. */
export interface PhotoAsset {
  /** Intrinsic size (after EXIF orientation), when the file could be read. */
  width?: number;
  height?: number;
  renditions: Rendition[];
  /** Changes whenever the markup of this photo can change (its renditions' names, its size). */
  signature: string;
}

/** A local image in an article body: the URL as written and the photo src (site path) it resolves to. */
export interface BodyImage {
  url: string;
  src: string;
}

export interface PhotoStats {
  photos: number;
  /** Renditions encoded by this build. */
  encoded: number;
  /** Renditions taken from the cache folder. */
  cached: number;
  /** Renditions left as they were in the output folder. */
  kept: number;
}
