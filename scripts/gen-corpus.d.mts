// Types of gen-corpus.mjs for the tests that import it.
export interface CorpusOptions {
  count: number;
  seed?: number;
  khmerFraction?: number;
  /** A fixed body length in words; by default each body has 350 to 1,200. */
  words?: number;
  /** Size of the tag pool (1,500). */
  tags?: number;
  /** Share of articles with one to three fenced code blocks (0). */
  codeFraction?: number;
}
export interface CorpusFile {
  /** Relative, forward slashes: YYYY/MM/slug.md */
  path: string;
  text: string;
}
export function generateCorpus(options: CorpusOptions): CorpusFile[];
export function writeCorpus(out: string, options: CorpusOptions): number;
