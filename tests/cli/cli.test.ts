import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, runCli, writeSite } from '../helpers/site.js';

describe('broadsheet CLI', () => {
  it('builds with --content and --out and prints one summary line', () => {
    const root = writeSite({ 'articles/a.md': article({ title: 'Hello' }) });
    const r = runCli(['build', '--content', 'articles', '--out', 'public', '--base-url', 'https://x.example/'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^broadsheet: 1 articles, \d+ pages, \d+ files \(\d+ written, 0 unchanged, 0 removed; 1 bodies rendered, 0 from cache\) in \d+\.\d\d s\n$/,
    );
    expect(fs.readFileSync(path.join(root, 'public/2020/01/a/index.html'), 'utf8')).toContain('https://x.example/2020/01/a/');
  });

  it('--no-cache says no body came from the cache, though full-content feeds reuse bodies within the build', () => {
    const files = Object.fromEntries(
      [1, 2, 3].map((n) => [`content/a${n}.md`, article({ title: `Story ${n}`, date: `2020-01-1${n}T10:00:00+07:00` }, `Body ${n}.`)]),
    );
    const root = writeSite({ ...files, 'site.json': '{ "title": "T", "baseUrl": "https://x.example/", "feed": { "content": "full" } }' });
    const cold = runCli(['build', '--config', 'site.json', '--no-cache'], root);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/; \d+ bodies rendered, 0 from cache\)/);
    // The feeds' copies of the bodies were not counted as cache hits: with the cache, the next build is.
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    runCli(['build', '--config', 'site.json'], root);
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    const warm = runCli(['build', '--config', 'site.json'], root);
    expect(warm.stdout).toMatch(/; 0 bodies rendered, [1-9]\d* from cache\)/);
  });

  it('bad content: exit 1, file:line, code, message and hint, and no stack trace', () => {
    const root = writeSite({ 'content/2020/bad.md': '---\ntitle: T\ndate: yesterday\n---\nB\n' });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/2020/bad.md:3  error FRONT_MATTER_INVALID: Invalid front matter');
    expect(r.stderr).toContain('"date" is not a valid date: "yesterday"');
    expect(r.stderr).toContain('> 3 | date: yesterday');
    expect(r.stderr).toContain('hint: Use ISO 8601');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('bad flags and a bad config are clear errors', () => {
    const root = writeSite({ 'content/a.md': article({}), 'site.json': '{ "title": "x", "colour": 1 }' });
    const flag = runCli(['build', '--contnet', 'x'], root);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("Unknown option '--contnet'");
    const config = runCli(['build', '--config', 'site.json'], root);
    expect(config.code).toBe(1);
    expect(config.stderr).toContain('Unknown key "colour"');
  });

  it('--help lists the commands, and build --help its stable flags', () => {
    const general = runCli(['--help'], process.cwd());
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/^ {2}build +build the archive/m);
    const r = runCli(['build', '--help'], process.cwd());
    expect(r.code).toBe(0);
    for (const flag of ['--content DIR', '--out DIR', '--config FILE', '--base-url URL', '--drafts', '--future', '--no-cache'])
      expect(r.stdout).toContain(flag);
  });
});

describe('broadsheet build with broken articles', () => {
  it('--keep-going leaves the bad article out, prints it as a warning with its line and counts it', () => {
    const root = writeSite({
      'content/good.md': article({ title: 'Good' }),
      'content/2020/bad.md': '---\ntitle: T\ndate: yesterday\n---\nB\n',
      'content/empty.md': '',
    });
    const r = runCli(['build', '--keep-going'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/2020/bad.md:3  warning FRONT_MATTER_INVALID: Invalid front matter');
    expect(r.stderr).toContain('The article was left out (--keep-going).');
    expect(r.stderr).toContain('> 3 | date: yesterday');
    expect(r.stderr).toContain('content/empty.md  warning EMPTY_ARTICLE: Article file is empty');
    expect(r.stdout).toMatch(/^broadsheet: 1 articles, 1 left out with errors, \d+ pages/);
    expect(fs.existsSync(path.join(root, 'dist/2020/01/good/index.html'))).toBe(true);
  });
});
