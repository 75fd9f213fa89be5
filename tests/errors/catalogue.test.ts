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

/** Every .ts file under src/, as [path relative to the repository, text]. */
function sources(): [string, string][] {
  const root = path.resolve(import.meta.dirname, '../../src');
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.ts'))
        out.push([path.relative(path.dirname(root), abs).split(path.sep).join('/'), fs.readFileSync(abs, 'utf8')]);
    }
  };
  walk(root);
  return out;
}

describe('the error catalogue', () => {
  it('words every code: each has a title and an entry whose message and hint are functions of its data', () => {
    expect(Object.keys(WORDING).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [code, entry] of Object.entries(WORDING)) {
      expect(ERROR_CODES[code as keyof typeof ERROR_CODES], code).toBeTruthy();
      expect(typeof entry.message, code).toBe('function');
      expect(typeof entry.hint, code).toBe('function');
    }
  });

  it('is where every message is written: no code outside src/errors makes an error from its own text', () => {
    const own = sources().filter(([file, text]) => !file.startsWith('src/errors/') && /\bcreate(Error|Warning)\(/.test(text));
    expect(own.map(([file]) => file)).toEqual([]);
  });

  it('never picks a code from the text of a message', () => {
    const code = new RegExp(`'(${Object.keys(ERROR_CODES).join('|')})'`);
    const guessed = sources().flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(
          ({ line }) => /\.message\b/.test(line) && /\b(test|exec|match|includes|startsWith|endsWith)\(/.test(line) && code.test(line),
        )
        .map(({ where }) => where),
    );
    expect(guessed).toEqual([]);
  });

  it('words a problem the same from its data wherever it is made', () => {
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
