// The catalogue's wording: every code's message and hint are functions of the error's data, so one
// problem is worded one way wherever it is found. createProblem() is how errors are made from it.
// The entries live by stage in wording/; the type below proves every code in codes.ts has one.
import type { ErrorCode } from './codes.js';
import { COMMAND_WORDING } from './wording/commands.js';
import { CONFIG_WORDING } from './wording/config.js';
import { worded, type Wording } from './wording/define.js';
import { LOAD_WORDING } from './wording/load.js';
import { RENDER_WORDING } from './wording/render.js';
import { WRITE_WORDING } from './wording/write.js';

/** What was refused as a path of the site, and why. */
export type UnsafePathData =
  | { kind: 'permalink'; file: string; path: string }
  | { kind: 'alias'; alias: string; why: string }
  | { kind: 'slug'; slug: string }
  | { kind: 'output'; path: string };

export const WORDING = {
  ...CONFIG_WORDING,
  ...LOAD_WORDING,
  ...RENDER_WORDING,
  ...WRITE_WORDING,
  ...COMMAND_WORDING,
  UNSAFE_PATH: worded<UnsafePathData>({
    message: (d) =>
      d.kind === 'permalink'
        ? `The permalink of ${d.file} would be ${JSON.stringify(d.path)}, which leaves the output folder.`
        : d.kind === 'alias'
          ? `The alias ${JSON.stringify(d.alias)} cannot be used as an old address of this article: it ${d.why}.`
          : d.kind === 'slug'
            ? `"slug" ${JSON.stringify(d.slug)} contains a path separator or "..", which is unsafe: it could write outside the output folder.`
            : `Refusing to write ${JSON.stringify(d.path)}: it is outside the output folder.`,
    hint: (d) =>
      d.kind === 'permalink'
        ? 'Use only :year, :month, :day, :slug and :section with fixed words in "permalink".'
        : d.kind === 'alias'
          ? 'Write aliases as site paths such as /news/12345/old-headline/, or /?p=123 for a query.'
          : d.kind === 'slug'
            ? 'Use a single URL segment such as "my-headline" (letters, digits and hyphens).'
            : 'Check the slug, permalink or alias that produced this path.',
  }),
  UNUSABLE_TERM: worded<{ kind: string; name: string; file: string }>({
    message: (d) =>
      `The ${d.kind} ${JSON.stringify(d.name)} in ${d.file} has no letters or digits, so it gets no page and the article is not listed under it.`,
    hint: (d) => `Spell the ${d.kind} with letters or digits, or remove it.`,
  }),
  TERM_MERGED: worded<{ kind: string; name: string; file: string; mergedInto: string }>({
    message: (d) =>
      `The ${d.kind} ${JSON.stringify(d.name)} in ${d.file} has the same address as ${JSON.stringify(d.mergedInto)}, so both are listed as one ${d.kind} named ${JSON.stringify(d.mergedInto)}.`,
    hint: (d) => `Names that differ only in punctuation share a page; rename one if they are different ${d.kind}s.`,
  }),
  BUILD_INTERRUPTED: worded<{ reason: string }>({
    message: (d) => `The build was stopped by ${d.reason} before it finished; the output folder was left as it was.`,
    hint: () => 'Run the build again; it picks up where the cache left off.',
  }),
  SITEMAP_TOO_LARGE: worded<{ sitemaps: number; maxUrls: number }>({
    message: (d) =>
      `The site needs ${d.sitemaps} sitemap files of at most ${d.maxUrls} URLs each, more than the 50,000 one sitemap index may list.`,
    hint: (d) =>
      d.maxUrls < 50_000
        ? `Raise "sitemapMaxUrls" in the site configuration (now ${d.maxUrls}; up to 50,000).`
        : 'The archive has more than 2.5 billion URLs, more than the sitemap protocol allows.',
  }),
  INTERNAL_ERROR: worded<{ stage: string; message: string }>({
    message: (d) => `The ${d.stage} stage failed unexpectedly: ${d.message}`,
    hint: () => 'This is a bug in Broadsheet, not in your archive. Set BROADSHEET_DEBUG=1 to see where it happened, and please report it.',
  }),
  LANGUAGES_INVALID: worded<{ what: string; hint: string }>({
    message: (d) => `"languages": ${d.what}, so the languages' pages would share one folder.`,
    hint: (d) => d.hint,
  }),
  DUPLICATE_TRANSLATION: worded<{ file: string; other: string; lang: string; key: string }>({
    message: (d) =>
      `${d.file} and ${d.other} are both the ${d.lang} version of ${JSON.stringify(d.key)}; only ${d.other} is linked to the other languages.`,
    hint: () => 'Give one of them its own "translationKey", or set its "lang" to the language it is written in.',
  }),
  LANG_TAG_INVALID: worded<{ key: string; written: string; fallback: string }>({
    message: (d) => `"${d.key}" ${JSON.stringify(d.written)} is not a language tag, so the text is marked as ${d.fallback}.`,
    hint: () => 'Write a BCP 47 tag such as en, km, zh-CN or pt-BR (underscores and any letter case are accepted).',
  }),
  I18N_FILE_INVALID: worded<{ file: string; why: string }>({
    message: (d) => `The translation file ${d.file} cannot be used: ${d.why}.`,
    hint: () =>
      'A translation file holds "strings" (key: text, or key: { one, other } for plural forms) and optional "formats"; see docs/themes.md.',
  }),
  I18N_KEY_MISSING: worded<{ lang: string; key: string; fallback: string }>({
    message: (d) => `The translation of "${d.key}" into ${d.lang} is missing, so pages in ${d.lang} show the ${d.fallback} text.`,
    hint: (d) => `Add "${d.key}" to the strings of i18n/${d.lang}.json (or .yaml) at the site root.`,
  }),
  NOT_AN_ARTICLE: worded<{ file: string; generator: string }>({
    message: (d) =>
      `${d.file} has no date and is not a post: ${d.generator} published it as a page (about, archive, docs), so it is not published as an article.`,
    hint: () =>
      'If it is an article, add date: 2019-10-23 (or move it under _posts/ with a dated file name); pages such as about.md belong in the pages of the site, not among the articles.',
  }),
  DATE_FROM_FILE_TIME: worded<{ file: string; written: string; date: string }>({
    message: (d) =>
      `${d.file} says date: ${d.written}, so its date was taken from the file's modification time (${d.date}), which changes with every checkout.`,
    hint: () => 'Write the date itself, e.g. date: 2019-10-23, so the article keeps it on every machine.',
  }),
  DUPLICATE_KEY: worded<{ key: string; line: number; first: number }>({
    message: (d) =>
      `The front matter key "${d.key}" is written twice (lines ${d.first} and ${d.line}); the last one is used, as Jekyll does.`,
    hint: (d) => `Delete one of the two "${d.key}:" lines.`,
  }),
  DATA_FILE_SKIPPED: worded<{ named: readonly string[]; count: number; generator: string }>({
    message: (d) => {
      const more = d.count > d.named.length ? `, and ${d.count - d.named.length} more` : '';
      const what = d.count === 1 ? 'data file is' : 'data files are';
      return `${d.count} ${d.generator} ${what} not read: ${d.named.join(', ')}${more}. The values they give the posts beside them (tags, permalink, layout, author) are not applied.`;
    },
    hint: () =>
      'Broadsheet never runs code from an archive: write the values as JSON in a .11tydata.json file of the same name, or in the front matter of the posts.',
  }),
  STATIC_FILE_SKIPPED: worded<{ named: readonly string[]; count: number; generator: string }>({
    message: (d) => {
      const more = d.count > d.named.length ? `, and ${d.count - d.named.length} more` : '';
      const what = d.count === 1 ? 'file' : 'files';
      return `${d.count} ${what} of ${d.generator}'s static folder not published: ${d.named.join(', ')}${more}. ${d.generator} published that folder as it is; Broadsheet takes only its media files (images, audio, video, PDF, fonts) from it.`;
    },
    hint: () =>
      "Copy what the new site still needs (scripts, styles, HTML pages, robots.txt) into Broadsheet's static folder, which is published verbatim, after reading it; leave the rest behind.",
  }),
  URL_FROM_SOURCE: worded<{ file: string; other: string; url: string; generator: string }>({
    message: (d) =>
      `${d.file} would have the address ${d.other} already has, so it is published at the address ${d.generator} gave it, ${d.url}; both posts keep a page.`,
    hint: () => 'Give one of the two a "slug" of its own to publish it under the site\'s own address rule; its old address then redirects.',
  }),
  SYNTAX_NOT_CONVERTED: worded<SyntaxNotConvertedData>({
    message: (d) =>
      d.kind === 'more'
        ? `${d.count} more pieces of template syntax in ${d.file} were shown as text or removed.`
        : d.outcome === 'shown'
          ? `${d.syntax} in ${d.file} is shown as text: ${d.why}.`
          : `${d.syntax} in ${d.file} was removed: ${d.why}.`,
    hint: (d) =>
      d.kind === 'one' && d.outcome === 'removed'
        ? 'Nothing of the text was lost; if the styling or the table of contents matters, rewrite it in Markdown or HTML.'
        : 'Broadsheet converts the Liquid tags, Hugo shortcodes and kramdown lists migrated archives commonly use and never runs templates: rewrite this in Markdown or HTML, or leave it if showing it as written is fine.',
  }),
} satisfies { [C in ErrorCode]: Wording<never> };

/** A piece of migrated template syntax shown as text or removed, or how many more a body has. */
export type SyntaxNotConvertedData =
  { kind: 'one'; file: string; syntax: string; outcome: 'shown' | 'removed'; why: string } | { kind: 'more'; file: string; count: number };

export type WordedCode = keyof typeof WORDING;
export type WordingData<C extends WordedCode> = Parameters<(typeof WORDING)[C]['message']>[0];
