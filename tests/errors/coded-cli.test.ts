// Odd input of every kind through the CLI: every problem that reaches the user has a catalogue
// code, a file and a line, and nothing prints a stack trace or a plain JavaScript error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/index.js';
import { article, runCli, writeSite } from '../helpers/site.js';

interface Printed {
  file: string | null;
  line: number | null;
  code: string;
  message: string;
  hint: string | null;
}

const ODD = {
  'content/2020/01/script.md': '---js\n{ title: "Runs code" }\n---\nBody.\n',
  'content/2020/01/empty.md': '',
  'content/2020/01/date-map.md': '---\ntitle: A date that is a map\ndate: { day: 1 }\n---\nBody.\n',
  'content/2020/01/unclosed.md': '---\ntitle: Never closed\ndate: 2020-01-02\n',
  'content/2020/01/colon.md': '---\ntitle: Budget: the vote\ndate: 2020-01-03\n---\nBody.\n',
  'content/2020/01/deep.md': `---\ntitle: Deep\ndate: 2020-01-04\nx: ${'['.repeat(300)}\n---\nBody.\n`,
  'content/2020/01/escape.md': article({ title: 'Escapes', date: '2020-01-05', slug: '"../../etc"' }),
  'content/2020/01/photo.md': article({ title: 'Photo', date: '2020-01-06', photo: '"javascript:alert(1)"' }),
};

/** A site whose articles load, but clash, point nowhere and link to missing pages. */
const LATER = {
  'content/2020/02/one.md': article({ title: 'One', date: '2020-02-01', slug: 'same' }),
  'content/2020/02/two.md': article({ title: 'Two', date: '2020-02-01', slug: 'same' }),
  'content/2020/02/three.md': article({ title: 'Three', date: '2020-02-02', prev: 'nowhere.md' }, 'See [this](/nowhere/).'),
  'content/2020/02/four.md': article({ title: 'Four', date: '2020-02-03', aliases: '["/sitemap.xml"]' }),
};

function expectCoded(problems: Printed[], stderr: string): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(Object.keys(ERROR_CODES), p.message).toContain(p.code);
    expect(p.code, p.message).not.toBe('INTERNAL_ERROR');
    expect(p.file, `${p.code} names its file`).toBeTruthy();
    expect(p.line, `${p.code} in ${p.file} names its line`).toBeGreaterThan(0);
    expect(p.hint, `${p.code} says what to do`).toBeTruthy();
  }
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|TypeError|RangeError|ReferenceError/);
}

describe('what reaches a user from the command line', () => {
  it('is coded, placed on a line and hinted, for broken files at load (build --format json)', () => {
    const root = writeSite(ODD);
    fs.writeFileSync(
      path.join(root, 'content/2020/01/latin1.md'),
      Buffer.from('---\ntitle: Caf\xe9\ndate: 2020-01-07\n---\nB\xe9\n', 'latin1'),
    );
    const r = runCli(['build', '--format', 'json', '--workers', '0'], root);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: Printed[] }).problems;
    expectCoded(problems, r.stderr);
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ['FRONT_MATTER_LANGUAGE', 'FRONT_MATTER_INVALID', 'FRONT_MATTER_SYNTAX', 'ARTICLE_TOO_LARGE', 'UNSAFE_PATH'])
      expect(codes, code).toContain(code);
    // check lists the warnings as well: the empty file and the Latin-1 one.
    const checked = runCli(['check', '--format', 'json'], root);
    const all = (JSON.parse(checked.stdout) as { problems: Printed[] }).problems;
    expectCoded(all, checked.stderr);
    for (const code of ['EMPTY_ARTICLE', 'INVALID_UTF8']) expect(new Set(all.map((p) => p.code)), code).toContain(code);
  });

  it('is coded and placed for problems found after loading (duplicate URL, unknown prev, a reserved alias)', () => {
    const root = writeSite(LATER);
    const built = runCli(['build', '--format', 'json', '--workers', '0'], root);
    expect(built.code).toBe(1);
    const fromBuild = (JSON.parse(built.stdout) as { problems: Printed[] }).problems;
    expectCoded(fromBuild, built.stderr);
    expect(new Set(fromBuild.map((p) => p.code))).toContain('RESERVED_PATH');

    const checked = runCli(['check', '--format', 'json'], root);
    expect(checked.code).toBe(1);
    const fromCheck = (JSON.parse(checked.stdout) as { problems: Printed[] }).problems;
    expectCoded(fromCheck, checked.stderr);
    const codes = new Set(fromCheck.map((p) => p.code));
    for (const code of ['DUPLICATE_URL', 'UNKNOWN_ARTICLE_REF', 'LINK_BROKEN', 'RESERVED_PATH']) expect(codes, code).toContain(code);
    // The slug clash is placed on the slug line, found when the error was made.
    const clash = fromCheck.find((p) => p.code === 'DUPLICATE_URL')!;
    expect(fs.readFileSync(path.join(root, clash.file!), 'utf8').split('\n')[clash.line! - 1]).toMatch(/^slug:/);
  });

  it('is coded for bad flags and settings too, printed with code and hint and no stack', () => {
    const root = writeSite({ 'content/a.md': article({}) });
    const runs = [
      runCli(['build', '--workers', 'many'], root),
      runCli(['build', '--format', 'xml'], root),
      runCli(['serve', '--port', '99999'], root),
      runCli(['build'], root, { SOURCE_DATE_EPOCH: 'yesterday' }),
    ];
    fs.writeFileSync(path.join(root, 'broadsheet.config.json'), JSON.stringify({ timeZone: 'Mars/Olympus', sitemapMaxUrls: 'lots' }));
    runs.push(runCli(['build'], root));
    for (const r of runs) {
      expect(r.code).toBe(1);
      const code = /error ([A-Z_]+)/.exec(r.stderr)?.[1];
      expect(Object.keys(ERROR_CODES), r.stderr).toContain(code);
      expect(code).not.toBe('INTERNAL_ERROR');
      expect(r.stderr).toContain('hint:');
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });
});
