// Wording of the problems found indexing, rendering and indexing for search: URLs, references,
// templates, Markdown bodies, plugins and photos.
import { worded, wordedByKind } from './define.js';

const TOO_COMPLEX = {
  nesting: (d: { depth: number; limit: number }) =>
    `nests ${d.depth} levels deep (lists, quotes or indentation) where the limit is ${d.limit}`,
  marks: (d: { marks: number; limit: number }) =>
    `has ${d.marks} emphasis or bracket marks (*, _, ~, [, ]) in one paragraph where the limit is ${d.limit}`,
  cells: (d: { cells: number; limit: number }) => `has a table of ${d.cells} cells where the limit is ${d.limit}`,
};

type TooComplex =
  | { kind: 'nesting'; depth: number; limit: number }
  | { kind: 'marks'; marks: number; limit: number }
  | { kind: 'cells'; cells: number; limit: number };

const LIMIT_KEYS = { nesting: 'limits.nesting', marks: 'limits.inlineMarks', cells: 'limits.tableCells' } as const;

const HTML_REMOVED_HINT =
  'Broadsheet publishes only HTML that cannot run code or restyle the page. Rewrite it in Markdown, or allow the element or attribute in "sanitize" in the config (see SECURITY.md).';

export const RENDER_WORDING = {
  DUPLICATE_URL: wordedByKind({
    articles: worded<{ file: string; other: string; url: string }>({
      message: (d) => `${d.file} and ${d.other} would both be published at ${d.url}; one would overwrite the other.`,
      hint: () => 'Give one of them a different "slug" in its front matter.',
    }),
    output: worded<{ source?: string | undefined; clash?: string | undefined; path: string }>({
      message: (d) => `${d.source ?? 'A generated page'} and ${d.clash || 'a generated page'} would both be written to ${d.path}.`,
      hint: () => 'Change the slug or alias of one of them so each page has its own URL.',
    }),
  }),
  UNKNOWN_ARTICLE_REF: worded<{ key: string; ref: string }>({
    message: (d) => `"${d.key}: ${d.ref}" does not name a published article.`,
    hint: () =>
      "Use the other article's file path (2019/10/story.md), its URL (/2019/10/story/) or its slug; drafts and future articles cannot be linked.",
  }),
  TEMPLATE_ERROR: wordedByKind({
    syntax: worded<{ file: string; reason: string }>({
      message: (d) => `${d.file} cannot be parsed: ${d.reason}`,
      hint: () => 'Check that every {{#block}} has its {{/block}} and every {{ has its }}.',
    }),
    run: worded<{ failed: string; via: string; reason: string; line?: number | undefined }>({
      message: (d) => `${d.failed} failed${d.via}: ${d.reason}`,
      hint: (d) => `Fix ${d.failed}${d.line ? ` near line ${d.line}` : ''}: a missing partial or helper, or a helper that threw.`,
    }),
    'missing-partial': worded<{ file: string; partial: string }>({
      message: (d) => `${d.file} uses the partial {{> ${d.partial}}}, which the theme does not have.`,
      hint: (d) => `Add partials/${d.partial}.hbs, or fix the name (partials/byline.hbs is {{> byline}}).`,
    }),
  }),
  TEMPLATE_NOT_FOUND: worded<{ file: string }>({
    message: (d) => `The theme has no ${d.file}.`,
    hint: (d) => `Add ${d.file} to your templates folder, or remove the override that hides the default one.`,
  }),
  MARKDOWN_ERROR: wordedByKind({
    article: worded<{ file: string; reason: string }>({
      message: (d) => `The body of ${d.file} cannot be rendered: ${d.reason}`,
      hint: () => 'Look for unusual syntax near the reported line; report a bug if the Markdown is valid.',
    }),
    page: worded<{ file: string; reason: string }>({
      message: (d) => `The body of ${d.file} cannot be rendered: ${d.reason}`,
      hint: () => 'Look for unusual syntax in the page.',
    }),
  }),
  MARKDOWN_TOO_COMPLEX: worded<{ file: string; line: number; found: TooComplex }>({
    message: (d) => {
      const f = d.found;
      const what = f.kind === 'nesting' ? TOO_COMPLEX.nesting(f) : f.kind === 'marks' ? TOO_COMPLEX.marks(f) : TOO_COMPLEX.cells(f);
      return `The body of ${d.file} ${what}; parsing it could take minutes, so it is not rendered.`;
    },
    hint: (d) =>
      `This is usually damaged or generated text: fix or remove the text from line ${d.line} on. If it is meant, raise "${LIMIT_KEYS[d.found.kind]}" in the config.`,
  }),
  RENDER_TIMEOUT: worded<{ what: string; seconds: number }>({
    message: (d) => `Rendering ${d.what} took more than ${d.seconds} s, so it was stopped.`,
    hint: () =>
      'Look for damaged or generated text in the article body (long runs of *, _, [ or deeply nested lists); if it is meant, raise "limits.renderSeconds" in the config.',
  }),
  HTML_REMOVED: wordedByKind({
    removed: worded<{ what: string; file: string }>({
      message: (d) => `The ${d.what} in ${d.file} was removed: it is not on the list of HTML an article may hold.`,
      hint: () => HTML_REMOVED_HINT,
    }),
    more: worded<{ count: number; file: string }>({
      message: (d) => `${d.count} more elements or attributes were removed from ${d.file}.`,
      hint: () => HTML_REMOVED_HINT,
    }),
  }),
  PLUGIN_FAILED: wordedByKind({
    article: worded<{ stage: string; plugin: string; file: string; reason: string }>({
      message: (d) => `The ${d.stage} plugin "${d.plugin}" failed on ${d.file}: ${d.reason}`,
      hint: (d) =>
        `The article may use something the plugin does not expect; check its options in markdown.${d.stage}Plugins of the config, or report it to the plugin's authors.`,
    }),
    page: worded<{ plugin: string; file: string; reason: string }>({
      message: (d) => `The body of ${d.file} cannot be rendered (plugin "${d.plugin}"): ${d.reason}`,
      hint: () => 'Check the plugin and its options in the config.',
    }),
  }),
  PHOTO_MISSING: worded<{ file: string; src: string; staticDir: string }>({
    message: (d) => `${d.file}: the photo ${d.src} is in neither the static folder nor the content folder.`,
    hint: (d) => `Put the file at ${d.src} under ${d.staticDir}, or correct photo.src; the page shows the photo's address as written.`,
  }),
  PHOTO_UNREADABLE: worded<{ file: string; src: string; reason: string }>({
    message: (d) => `${d.file}: the photo ${d.src} cannot be read as an image (${d.reason}).`,
    hint: () => 'Replace the file with a valid JPEG, PNG, WebP or AVIF; the page shows the photo without responsive sizes meanwhile.',
  }),
  SEARCH_INDEX_FAILED: worded<{ reason: string }>({
    message: (d) => `Pagefind could not index the site: ${d.reason}`,
    hint: () => 'Check that the pagefind package installed its binary for this platform (npm ci), or set "search": "none".',
  }),
};
