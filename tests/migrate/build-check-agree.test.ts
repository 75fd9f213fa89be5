// build and check name the same body problems: what the sanitiser removes (HTML_REMOVED) and the
// template syntax left as text (SYNTAX_NOT_CONVERTED), at the same lines, through the CLI.
// The site is written here, in our own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeFiles, writeSite } from '../helpers/site.js';

const post = [
  '---',
  'title: Ferry timetable changes',
  '---',
  'The <span style="color:red" onclick="go()">late ferry</span> moves, see {% include notice.html %}.',
  '',
  '<script>count()</script>',
  '',
  '{{< gist harbour 42 >}}',
  '',
].join('\n');

/** "file:line:column CODE" of every warning or error in CLI output (build's stderr, check's stdout). */
const problemsIn = (text: string) =>
  [...text.matchAll(/^(content\/\S+:\d+:\d+) +(?:warning|error) ([A-Z_]+)/gm)].map((m) => `${m[1]} ${m[2]}`).sort();

describe('a migrated post whose body loses HTML and shows template syntax', () => {
  let build: ReturnType<typeof runCli>;
  let check: ReturnType<typeof runCli>;
  let root: string;
  beforeAll(() => {
    root = writeSite({
      'broadsheet.config.json': JSON.stringify({ title: 'Harbour', baseUrl: 'https://news.example.org/', timeZone: 'UTC', search: 'none' }),
      'content/_config.yml': 'title: old harbour site\n',
      'content/_posts/2020-01-02-ferry.md': post,
    });
    build = runCli(['build'], root);
    check = runCli(['check'], root);
  });

  it('is reported by check with the codes, places and counts build gives', () => {
    const file = 'content/_posts/2020-01-02-ferry.md';
    const expected = [
      `${file}:4:5 HTML_REMOVED`,
      `${file}:4:5 HTML_REMOVED`,
      `${file}:4:73 SYNTAX_NOT_CONVERTED`,
      `${file}:6:1 HTML_REMOVED`,
      `${file}:8:1 SYNTAX_NOT_CONVERTED`,
    ];
    expect(build.code).toBe(0);
    expect(problemsIn(build.stderr)).toEqual(expected);
    expect(build.stderr).toContain('5 warnings: 3 HTML_REMOVED, 2 SYNTAX_NOT_CONVERTED');
    expect(check.code).toBe(0);
    expect(problemsIn(check.stdout)).toEqual(expected);
    expect(check.stdout).toContain('The <script> element in _posts/2020-01-02-ferry.md was removed');
  });

  it('is reported again by a rebuild that keeps the page (a static file added, nothing of the post changed)', () => {
    writeFiles(root, { 'static/notice.txt': 'Timetables change in March.\n' });
    const again = runCli(['build'], root);
    expect(again.code, again.stderr).toBe(0);
    // The pipeline ran (one new file written) but the post's page was kept, not rendered.
    expect(again.stdout).toMatch(/\(1 written, [1-9]\d* unchanged, 0 removed; 0 bodies rendered, 0 from cache\)/);
    expect(problemsIn(again.stderr)).toEqual(problemsIn(build.stderr));
    expect(again.stderr).toContain('5 warnings: 3 HTML_REMOVED, 2 SYNTAX_NOT_CONVERTED');
  });
});
