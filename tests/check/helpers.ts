import { checkSite } from '../../src/check/index.js';
import type { BroadsheetError } from '../../src/errors/index.js';
import { siteConfig, writeSite } from '../helpers/site.js';

export const NOW = Date.parse('2024-06-01T00:00:00Z');

/** "file:line:col CODE" of each problem, the way check reports place them. */
export function places(problems: BroadsheetError[]): string[] {
  return problems.map((p) => `${p.location?.file}:${p.location?.line}:${p.location?.column} ${p.code}`);
}

/** Check an inline archive (site at https://news.example.org/ unless options say otherwise). */
export async function checkFiles(files: Record<string, string>, options: Record<string, unknown> = {}) {
  const root = writeSite(files);
  const result = await checkSite(siteConfig(root, options), NOW);
  return { root, ...result, places: places(result.problems) };
}

/** A front matter block and a body, line by line, so tests can count lines. */
export function md(frontMatter: string[], body: string[] = ['Text.']): string {
  return ['---', ...frontMatter, '---', ...body, ''].join('\n');
}
