// One rule, one file: a search of src/ finds each file name and URL prefix of the site written in
// the routing module only, so changing one is a one-file change. (Cache versions: cache-seam.test.ts;
// error wording: catalogue.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_FILES, SITE_FILES, TERM_BASES } from '../../src/index/routes.js';

const SRC = path.resolve(import.meta.dirname, '../../src');
const ROUTES = 'index/routes.ts';

/** Every .ts file under src/ with its comments removed (a comment may name a file; code may not). */
function code(): [string, string][] {
  return (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => {
      const text = fs
        .readFileSync(path.join(SRC, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
        .replace(/^(import|export) [^;]* from '[^']*';$/gm, '');
      return [f.split(path.sep).join('/'), text];
    });
}

function filesWriting(literal: RegExp): string[] {
  return code()
    .filter(([, text]) => literal.test(text))
    .map(([file]) => file)
    .sort();
}

const quoted = (s: string) => new RegExp(`['"\`]${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);

describe('each rule of the site written once', () => {
  it('feed and site file names live in the routing module alone', () => {
    // (The pagefind and search folders share their names with a package, an option and a stage, so
    // they are searched for as URL prefixes below, and the search page's file by its path.)
    const names = [...Object.values(FEED_FILES), ...Object.values(SITE_FILES).filter((f) => !f.includes('/'))];
    expect(names.length).toBeGreaterThan(7);
    expect(filesWriting(/['"`]search\/index\.html['"`]/)).toEqual([]);
    for (const name of names) expect(filesWriting(quoted(name)), name).toEqual([ROUTES]);
  });

  it('no code outside the routing module builds a URL from a list prefix', () => {
    const prefixes = [...Object.values(TERM_BASES), 'archive', 'search', 'page', 'sitemaps'];
    // A quoted segment ('archive/') or a path inside any string or template (`${base}/tags/${slug}`).
    const building = new RegExp(`['"\`](${prefixes.join('|')})\\/|\\/(${prefixes.join('|')})\\/`);
    expect(filesWriting(building).filter((f) => f !== ROUTES)).toEqual([]);
  });
});
