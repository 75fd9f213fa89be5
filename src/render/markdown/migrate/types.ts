// What the conversion of migrated template syntax reports and asks for: plain data, so notes can
// be cached with a body and references resolved on the main thread, where the index is.

/** One piece of another generator's syntax that could not be converted cleanly (1-based body lines). */
export interface SyntaxNote {
  /** What it was, as written: `{% include toc.html %}`, `{{< gist >}}`, `{: .lead}`. */
  syntax: string;
  /** Shown as text (in a code span or left in a URL), or removed. */
  outcome: 'shown' | 'removed';
  /** Why, in a few words: "Liquid includes are not run", "no published article has that file name". */
  why: string;
  line: number;
  column: number;
}

/**
 * Answers a reference the body makes ("site.baseurl", "post_url 2015-02-03-market-prices",
 * "link _posts/x.md", "ref posts/x.md", "zola posts/x.md", "param subtitle", "page.url"): the
 * text it stands for, or undefined when the site has no such thing.
 */
export type ResolveReference = (key: string) => string | undefined;

/** Attributes from a kramdown attribute list, to put on the block the list belongs to. */
export interface BlockAttributes {
  /** Line (1-based, in the converted text) of the block's first or last line, see `at`. */
  line: number;
  /** 'ends-before': the block ends on the line before; 'starts-on': the block starts on the line (a heading). */
  at: 'ends-before' | 'starts-on';
  id: string;
}

export interface Conversion {
  markdown: string;
  notes: SyntaxNote[];
  attributes: BlockAttributes[];
}
