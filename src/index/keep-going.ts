// --keep-going at the index: of two articles at one URL the older keeps it and the other is left
// out; an unknown prev/next links the chronological neighbour instead. Without --keep-going
// both stay errors that stop the build.
import type { ResolvedConfig } from '../config/index.js';
import { restated, type BroadsheetError, type Warn } from '../errors/index.js';
import type { SiteIndex } from '../types.js';
import { indexSite, type IndexInputs } from './index.js';

/** The index, the files left out because another (older) article has their URL, and the errors that stop a build without --keep-going. */
export function indexKeepingGoing(
  inputs: IndexInputs,
  config: ResolvedConfig,
  keepGoing: boolean,
): { index: SiteIndex; leftOut: string[]; errors: BroadsheetError[] } {
  const warn: Warn = inputs.warn ?? (() => {});
  const first = indexSite(inputs, config);
  if (!first.errors.length) return { index: first.index, leftOut: [], errors: [] };
  // Without --keep-going the errors go back to the caller, which stops the build.
  if (!keepGoing) return { index: first.index, leftOut: [], errors: first.errors };
  const said = new Set<string>();
  const report = (errors: BroadsheetError[]) => {
    for (const e of errors) {
      const key = `${e.code} ${e.location?.file} ${e.message}`;
      if (said.has(key)) continue;
      said.add(key);
      warn(asKeptGoing(e));
    }
  };
  report(first.errors);
  const leftOut = first.errors.filter((e) => e.code === 'DUPLICATE_URL' && e.location?.file).map((e) => e.location!.file);
  if (!leftOut.length) return { index: first.index, leftOut, errors: [] };
  const out = new Set(leftOut);
  const again = indexSite(
    { ...inputs, articles: inputs.articles.filter((a) => !out.has(a.file)), leftOut: [...(inputs.leftOut ?? []), ...leftOut] },
    config,
  );
  // Leaving articles out can only add unknown prev/next references, which are warnings too.
  report(again.errors);
  return { index: again.index, leftOut, errors: [] };
}

function asKeptGoing(e: BroadsheetError): BroadsheetError {
  const what =
    e.code === 'DUPLICATE_URL'
      ? 'It was left out; the older article keeps the address (--keep-going).'
      : 'The neighbour in date order is linked instead (--keep-going).';
  return restated(e, { severity: 'warning', addendum: what });
}
