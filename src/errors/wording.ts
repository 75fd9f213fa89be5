// The catalogue's wording: for these codes the message and the hint are functions of the error's
// data, so one problem is worded one way wherever it is found. createProblem() is how they are made.
// Codes not listed here (codes.ts gives every code its title) still pass their own message and hint
// to createError(); to move one here, add an entry and replace its createError calls with createProblem.
import type { ErrorCode } from './codes.js';

interface Wording<D> {
  message(data: D): string;
  hint(data: D): string;
}

const worded = <D>(wording: Wording<D>) => wording;

/** What was refused as a path of the site, and why. */
export type UnsafePathData =
  { kind: 'permalink'; file: string; path: string } | { kind: 'alias'; alias: string; why: string } | { kind: 'slug'; slug: string };

export const WORDING = {
  UNSAFE_PATH: worded<UnsafePathData>({
    message: (d) =>
      d.kind === 'permalink'
        ? `The permalink of ${d.file} would be ${JSON.stringify(d.path)}, which leaves the output folder.`
        : d.kind === 'alias'
          ? `The alias ${JSON.stringify(d.alias)} cannot be used as an old address of this article: it ${d.why}.`
          : `"slug" ${JSON.stringify(d.slug)} contains a path separator or "..", which is unsafe: it could write outside the output folder.`,
    hint: (d) =>
      d.kind === 'permalink'
        ? 'Use only :year, :month, :day, :slug and :section with fixed words in "permalink".'
        : d.kind === 'alias'
          ? 'Write aliases as site paths such as /news/12345/old-headline/, or /?p=123 for a query.'
          : 'Use a single URL segment such as "my-headline" (letters, digits and hyphens).',
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
} satisfies { [C in ErrorCode]?: Wording<never> };

/** A piece of migrated template syntax shown as text or removed, or how many more a body has. */
export type SyntaxNotConvertedData =
  { kind: 'one'; file: string; syntax: string; outcome: 'shown' | 'removed'; why: string } | { kind: 'more'; file: string; count: number };

export type WordedCode = keyof typeof WORDING;
export type WordingData<C extends WordedCode> = Parameters<(typeof WORDING)[C]['message']>[0];
