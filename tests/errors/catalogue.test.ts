// The catalogue words problems from their data; build() lets only coded errors out, marked with
// the stage they came from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, WORDING, collectErrors, isBroadsheetError, type BroadsheetError } from '../../src/errors/index.js';
import { renderSitemaps } from '../../src/render/sitemaps/index.js';
import { article, buildSite, writeSite } from '../helpers/site.js';

async function failure(promise: Promise<unknown>): Promise<BroadsheetError[]> {
  try {
    await promise;
  } catch (error) {
    return collectErrors(error);
  }
  throw new Error('expected the build to fail');
}

describe('the error catalogue', () => {
  it('gives every worded code a title, a message and a hint', () => {
    for (const code of Object.keys(WORDING) as (keyof typeof WORDING)[]) expect(ERROR_CODES[code], code).toBeTruthy();
    const data = { kind: 'alias', alias: '/a\\b/', why: 'contains a backslash' } as const;
    expect(WORDING.UNSAFE_PATH.message(data)).toBe(
      'The alias "/a\\\\b/" cannot be used as an old address of this article: it contains a backslash.',
    );
    expect(WORDING.UNSAFE_PATH.hint(data)).toContain('/?p=123');
  });

  it('reports too many sitemaps for one index as SITEMAP_TOO_LARGE naming the setting, not a RangeError', () => {
    const entries = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://news.example.org/${i}/` }));
    let thrown: unknown;
    try {
      renderSitemaps(entries, { siteUrl: 'https://news.example.org', timeZone: 'UTC', maxUrls: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(isBroadsheetError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: 'SITEMAP_TOO_LARGE', message: expect.stringContaining('50001 sitemap files') });
    expect((thrown as BroadsheetError).hint).toContain('"sitemapMaxUrls"');
  });
});

describe('errors leaving build()', () => {
  it('are marked with the stage they came from', async () => {
    const root = writeSite({ 'content/a.md': '---\ntitle: [unclosed\n---\nBody.\n' });
    const errors = await failure(buildSite(root));
    expect(errors.map((e) => [e.code, e.stage])).toEqual([['FRONT_MATTER_SYNTAX', 'load']]);
  });

  it('turn a plain JavaScript error into INTERNAL_ERROR naming the stage, and leave no output', async () => {
    const root = writeSite({ 'content/a.md': article({}) });
    const pause = (point: string) => {
      if (point === 'staging') throw new TypeError('x is not a function');
    };
    const errors = await failure(buildSite(root, {}, { pause }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'INTERNAL_ERROR',
      stage: 'render+search+write',
      message: 'The render+search+write stage failed unexpectedly: x is not a function',
    });
    expect(errors[0]!.cause).toBeInstanceOf(TypeError);
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
