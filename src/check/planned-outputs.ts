// The files a build of this index would write, found by running the render stage with every
// page counted as up to date: it plans every output and renders none of them.
import type { ResolvedConfig } from '../config/index.js';
import type { BroadsheetError } from '../errors/index.js';
import { renderSite } from '../render/index.js';
import type { Instant, SiteIndex } from '../types.js';
import { createCollisionCheck } from '../write/collisions.js';

/** Every output path of the site (NFC), reporting clashes and bad aliases instead of stopping. */
export async function plannedOutputs(
  index: SiteIndex,
  config: ResolvedConfig,
  now: Instant,
  onProblem: (problem: BroadsheetError) => void,
  /** Content files marked `type: page`, as the load stage found them. */
  contentPages: readonly string[] = [],
): Promise<Set<string>> {
  const paths = new Set<string>();
  const collisions = createCollisionCheck();
  const stream = renderSite(index, config, {
    now,
    threads: 0,
    isFresh: () => true,
    onProblem,
    contentPages,
  });
  for await (const file of stream) {
    const clash = collisions.add(file);
    if (clash) onProblem(clash);
    paths.add(file.path.normalize('NFC'));
  }
  return paths;
}
