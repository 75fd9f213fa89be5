// Files of the source site outside its posts that posts point at, built and checked from the CLI:
// Hugo's static/ folder (root-relative images) and Jekyll pages reached with {% link %}.
// Fixtures: tests/fixtures/source-site-files/ (written for these tests).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const fixtures = path.join(import.meta.dirname, '../fixtures/source-site-files');

function copyFixture(name: string) {
  const root = writeSite({});
  fs.cpSync(path.join(fixtures, name), root, { recursive: true });
  const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
  const exists = (rel: string) => fs.existsSync(path.join(root, 'dist', rel));
  return { root, read, exists };
}

/** "file:line CODE" of every problem in CLI output (build's stderr, check's stdout). */
const problemsIn = (text: string) =>
  [...text.matchAll(/^(\S+?:\d+)(?::\d+)? +(?:warning|error) ([A-Z_]+)/gm)].map((m) => `${m[1]} ${m[2]}`);

describe("Hugo's static folder", () => {
  const post = '2022/02/harbour-walls/index.html';
  let site: ReturnType<typeof copyFixture>;
  let build: ReturnType<typeof runCli>;
  let check: ReturnType<typeof runCli>;
  beforeAll(() => {
    site = copyFixture('hugo');
    build = runCli(['build', '--no-cache'], site.root);
    check = runCli(['check'], site.root);
  });

  it('publishes its media at the site root, so root-relative images in posts and images = [...] are found', () => {
    expect(build.code).toBe(0);
    expect(site.exists('images/harbour.png')).toBe(true);
    expect(site.exists('images/charts/cover.jpg')).toBe(true);
    const html = site.read(post);
    // Found, so they get renditions like any image of the content folder.
    expect(html).toMatch(/<img src="\/_broadsheet\/photos\/harbour-[^"]+" alt="The east wall at low tide"/);
    expect(html).toMatch(/<img src="\/_broadsheet\/photos\/tide-[^"]+" alt="Tide heights over one day"/);
    expect(html).toMatch(/<img src="\/_broadsheet\/photos\/cover-[^"]+"[^>]*fetchpriority="high"/);
  });

  it('reports only the image that is really missing, and names what the static folder had that is not published', () => {
    const problems = problemsIn(check.stdout);
    expect(problems.filter((p) => p.endsWith('IMAGE_MISSING'))).toEqual(['old/content/posts/2022-02-01-harbour-walls.md:13 IMAGE_MISSING']);
    expect(check.stdout).toContain('The image "/images/gone.png"');
    // Scripts and other files Hugo copied as they were are left out, in one counted warning that build and check both give.
    for (const output of [build.stderr, check.stdout]) {
      expect(output).toContain(
        "2 files of Hugo's static folder not published: ../static/CNAME (not an article or a media file), ../static/js/menu.js (not an article or a media file).",
      );
    }
    expect(site.exists('js/menu.js')).toBe(false);
    expect(site.exists('CNAME')).toBe(false);
  });

  it("answers {{< param >}} from the site's [params] when the post has no such key, nested keys by dots, without case", () => {
    const html = site.read(post);
    expect(html).toContain('<a href="https://harbour.example.org/plans/">the harbour site</a>');
    expect(html).toContain('<a href="https://social.example.org/@harbour">https://social.example.org/@harbour</a>');
    expect(html).toContain('<code>{{&lt; param "nowhere" >}}</code>');
    const expected = ['old/content/posts/2022-02-01-harbour-walls.md:16 SYNTAX_NOT_CONVERTED'];
    expect(problemsIn(build.stderr).filter((p) => p.endsWith('SYNTAX_NOT_CONVERTED'))).toEqual(expected);
    expect(problemsIn(check.stdout).filter((p) => p.endsWith('SYNTAX_NOT_CONVERTED'))).toEqual(expected);
  });

  it('publishes an image added to static/ on the next build, though static/ is outside the content folder', () => {
    const again = copyFixture('hugo');
    expect(runCli(['build'], again.root).code).toBe(0);
    fs.copyFileSync(path.join(again.root, 'old/static/images/harbour.png'), path.join(again.root, 'old/static/images/added.png'));
    expect(runCli(['build'], again.root).code).toBe(0);
    expect(again.exists('images/added.png')).toBe(true);
  });
});

describe('Hugo module mounts', () => {
  it('takes the folder mounted as static/ (module.mounts) instead of static/', () => {
    const png = fs.readFileSync(path.join(fixtures, 'hugo/old/static/images/harbour.png'));
    const root = writeSite({
      'broadsheet.config.json': JSON.stringify({ title: 'Log', baseUrl: 'https://log.example.net/', timeZone: 'UTC', search: 'none' }),
      'old/hugo.yaml':
        'baseURL: https://old.example.net/\nmodule:\n  mounts:\n    - source: src/content\n      target: content\n    - source: src/static\n      target: static\n',
      'old/src/content/posts/2022-01-05-mounted.md': '---\ntitle: Mounted\ndate: 2022-01-05\n---\n\n![The pier](/img/pier.png)\n',
    });
    fs.mkdirSync(path.join(root, 'old/src/static/img'), { recursive: true });
    fs.writeFileSync(path.join(root, 'old/src/static/img/pier.png'), png);
    const r = runCli(['build', '--content', 'old/src/content', '--no-cache'], root);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'dist/img/pier.png'))).toBe(true);
    expect(runCli(['check', '--content', 'old/src/content'], root).stdout).not.toContain('IMAGE_MISSING');
  });
});

describe('Jekyll {% link %} to pages', () => {
  const post = '2022/03/new-editor/index.html';
  let site: ReturnType<typeof copyFixture>;
  let build: ReturnType<typeof runCli>;
  let check: ReturnType<typeof runCli>;
  beforeAll(() => {
    site = copyFixture('jekyll');
    build = runCli(['build', '--no-cache'], site.root);
    check = runCli(['check'], site.root);
  });

  it('links a page of the content folder marked type: page, and a _pages/ page moved into pages/, under the base path', () => {
    expect(build.code).toBe(0);
    const html = site.read(post);
    expect(html).toContain('<p>Read <a href="/courier/about/">about us</a> and see <a href="/courier/masthead/">the masthead</a>.</p>');
    expect(site.exists('about/index.html')).toBe(true);
    expect(site.exists('masthead/index.html')).toBe(true);
  });

  it('shows a link to a page that is not published as code, with the same warning from build and check', () => {
    expect(site.read(post)).toContain('<p>Letters: write to us <code>{% link contact.md %}</code>.</p>');
    const expected = ['content/_posts/2022-03-04-new-editor.md:7 SYNTAX_NOT_CONVERTED'];
    expect(problemsIn(build.stderr).filter((p) => p.endsWith('SYNTAX_NOT_CONVERTED'))).toEqual(expected);
    expect(problemsIn(check.stdout).filter((p) => p.endsWith('SYNTAX_NOT_CONVERTED'))).toEqual(expected);
    expect(check.stdout).toContain(
      '{% link contact.md %} in _posts/2022-03-04-new-editor.md is shown as text: no published article or page is at that path.',
    );
    expect(problemsIn(check.stdout).filter((p) => p.endsWith('LINK_BROKEN'))).toEqual([]);
  });
});
