// Issue 13: every pathological article finishes in seconds with its coded problem, through the
// CLI, and the build goes on with --keep-going. One build covers them all (cheap).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const head = (title: string, day: number, extra = '') =>
  `---\ntitle: ${title}\ndate: 2020-01-${String(day).padStart(2, '0')}\n${extra}---\n`;

// Nine levels of a YAML alias doubling nine times: a few hundred bytes naming 9^9 items.
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
    ),
  )
  .join('\n');

const pathological: Record<string, { text: string; code: string }> = {
  'nested-dashes.md': { text: head('Dashes', 2) + '- '.repeat(100_000) + 'x\n', code: 'MARKDOWN_TOO_COMPLEX' },
  'nested-quotes.md': { text: head('Quotes', 3) + '>'.repeat(100_000) + ' x\n', code: 'MARKDOWN_TOO_COMPLEX' },
  'brackets.md': { text: head('Brackets', 4) + '['.repeat(100_000) + '\n', code: 'MARKDOWN_TOO_COMPLEX' },
  'stars.md': { text: head('Stars', 5) + '*'.repeat(50_000) + 'a' + '*'.repeat(50_000) + '\n', code: 'MARKDOWN_TOO_COMPLEX' },
  'mixed-marks.md': { text: head('Marks', 6) + '*_'.repeat(50_000) + 'a\n', code: 'MARKDOWN_TOO_COMPLEX' },
  'wide-table.md': {
    text: head('Table', 7) + `|${'a|'.repeat(5000)}\n|${'-|'.repeat(5000)}\n` + 'x\n'.repeat(2000),
    code: 'MARKDOWN_TOO_COMPLEX',
  },
  'alias-bomb.md': { text: head('Bomb', 8, `${aliasBomb}\n`) + 'x\n', code: 'ARTICLE_TOO_LARGE' },
  'huge.md': {
    text: head('Huge', 9) + 'The council met again today to talk about the harbour.\n\n'.repeat(60_000),
    code: 'ARTICLE_TOO_LARGE',
  },
  'deep-json.md': {
    text: `---json\n{"title": "J", "date": "2020-01-10", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n---\nx\n`,
    code: 'ARTICLE_TOO_LARGE',
  },
  'long-toml-name.md': {
    text: `+++\ntitle = "T"\ndate = 2020-01-11\n[${Array(20_000).fill('a').join('.')}]\nb = 1\n+++\nx\n`,
    code: 'ARTICLE_TOO_LARGE',
  },
};

describe('pathological articles through the CLI', () => {
  const files: Record<string, string> = { 'content/good.md': head('Good news', 1) + 'The *harbour* reopened.\n' };
  for (const [name, { text }] of Object.entries(pathological)) files[`content/${name}`] = text;
  const root = writeSite(files);

  it('--keep-going: each is left out with its code and file, the good article is published', () => {
    const r = runCli(['build', '--keep-going', '--no-cache', '--format', 'json'], root);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { warnings: number; problems: { file: string; code: string; line: number | null }[] };
    for (const [name, { code }] of Object.entries(pathological)) {
      const found = report.problems.filter((p) => p.file === `content/${name}`);
      expect(
        found.map((p) => p.code),
        name,
      ).toEqual([code]);
      expect(found[0]!.line, name).toBeGreaterThan(0);
    }
    expect(report.warnings).toBe(Object.keys(pathological).length);
    expect(fs.readFileSync(path.join(root, 'dist/2020/01/good/index.html'), 'utf8')).toContain('<em>harbour</em>');
    expect(fs.existsSync(path.join(root, 'dist/2020/01/stars/index.html'))).toBe(false);
    expect(r.stderr).not.toMatch(/internal error|INTERNAL_ERROR|\n\s+at .*\.js:\d+/);
  }, 120_000);

  it('without --keep-going: exit 1 naming every one, output untouched', () => {
    // Front matter problems stop the build at load, before bodies render: two sites show both kinds.
    const atLoad = Object.entries(pathological).filter(([, p]) => p.code === 'ARTICLE_TOO_LARGE' && !p.text.includes('harbour'));
    const bodies = Object.entries(pathological).filter(([n]) => !atLoad.some(([m]) => m === n));
    for (const [names, dir] of [
      [atLoad, root],
      [bodies, writeSite(Object.fromEntries(bodies.map(([n, p]) => [`content/${n}`, p.text])))],
    ] as const) {
      const r = runCli(['build', '--no-cache', '--out', 'strict'], dir);
      expect(r.code).toBe(1);
      for (const [name, { code }] of names) expect(r.stderr).toMatch(new RegExp(`content/${name.replace('.', '\\.')}:\\d+ +error ${code}`));
      expect(fs.existsSync(path.join(dir, 'strict'))).toBe(false);
      expect(r.stderr).not.toMatch(/internal error|INTERNAL_ERROR/);
    }
  }, 120_000);
});
