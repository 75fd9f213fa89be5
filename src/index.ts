// The library: what `import … from 'broadsheet'` gives. The CLI is built on exactly this (tests/api check it).
// Heavy parts (check, the WordPress importer) load on first call, so importing the package stays cheap.
import type { CheckResult } from './check/index.js';
import type { MigrationReport } from './migrate/report.js';
import type { ResolvedConfig } from './config/index.js';
import type { ImportReport } from './import/import-report.js';
import type { WordPressImportOptions } from './import/wordpress.js';
import { buildTime } from './shared/clock.js';
import type { Instant } from './types.js';

// Configuration
export {
  defineConfig,
  loadConfig,
  resolveConfig,
  CONFIG_FILE_NAMES,
  findConfigFile,
  DEFAULT_CONFIG_FILE,
  type LoadConfigOptions,
  type ResolvedConfig,
  type ResolveInputs,
  type SiteOptions,
  type ShareTarget,
} from './config/index.js';

// The whole pipeline, and its stages in order (load -> index -> photos -> render -> search -> write)
export { build, type BuildOptions, type BuildProgress } from './build.js';
export type { PauseHook, PausePoint } from './shared/interrupt.js';
export { openBuildShortcut, type BuildShortcut, type RecordedOptions } from './cache/unchanged-build.js';
export { loadContent, loadArticles, type LoadOptions, type LoadResult } from './load/index.js';
export { buildIndex, indexSite, type IndexInputs } from './index/index.js';
export { preparePhotos, type PhotoStageOptions, type PreparedPhotos } from './photos/index.js';
export { renderSite, type RenderOptions } from './render/index.js';
export { withSearchIndex, type SearchStageOptions } from './search/index.js';
export { openOutput, type OutputTarget } from './write/index.js';
export type * from './types.js';

// Live preview
export { createDevServer, DEFAULT_PORT, type BuildOutcome, type DevServer, type DevServerOptions } from './dev/index.js';
export { devConfig } from './dev/dev-config.js';
export { claimDevOutput } from './dev/dev-output.js';

// Serving a built site as the CDN will
export { createSiteServer, parseHeadersFile, parseRedirectsFile, type SiteServer, type SiteServerOptions } from './serve/index.js';

// Writing and importing
export { initSite, type InitOutcome, type InitSiteInput } from './scaffold/init-site.js';
export { planNewArticle, writeNewArticle, type NewArticle, type NewArticleInput } from './scaffold/new-article.js';
export { formatImportReport, type ImportReport } from './import/import-report.js';
export type { WordPressImportOptions } from './import/wordpress.js';
export type { CheckResult } from './check/index.js';

// Errors: one type, a catalogue of codes
export {
  ERROR_CODES,
  codeFrame,
  collectErrors,
  createError,
  createProblem,
  formatBlock,
  formatError,
  formatLine,
  githubAnnotation,
  problemsOf,
  toRecord,
  formatPlace,
  isBroadsheetError,
  isBuildFailure,
  type BroadsheetError,
  type BuildFailure,
  type ErrorCode,
  type FormatStyle,
  type ProblemRecord,
  type ShowContext,
  type WordingData,
  type SourceLocation,
} from './errors/index.js';

export { buildTime };
// Printing what came from content: control characters escaped (issue 12).
export { escapeControls, escapeLine } from './shared/terminal-text.js';

/** Check the archive as a build with the same config would publish it, without writing anything. */
export async function check(config: ResolvedConfig, options: { now?: Instant } = {}): Promise<CheckResult> {
  const { checkSite } = await import('./check/index.js');
  return checkSite(config, options.now ?? buildTime());
}

/** What a migrating user still has to fix in an archive from another generator: check's problems by code, with counts. */
export async function checkMigration(config: ResolvedConfig, options: { now?: Instant } = {}): Promise<MigrationReport> {
  const [{ checkSite }, { migrationReport }, { findSourceSite }] = await Promise.all([
    import('./check/index.js'),
    import('./migrate/report.js'),
    import('./migrate/source-site.js'),
  ]);
  return migrationReport(await checkSite(config, options.now ?? buildTime()), findSourceSite(config.contentDir));
}

export { formatMigrationReport } from './migrate/report.js';
export type { MigrationGroup, MigrationReport } from './migrate/report.js';

/** Convert a WordPress export (WXR) into Markdown articles in options.contentDir. */
export async function importWordPress(options: WordPressImportOptions): Promise<ImportReport> {
  return (await import('./import/wordpress.js')).importWordPress(options);
}
export { packageRoot } from './shared/package-root.js';
