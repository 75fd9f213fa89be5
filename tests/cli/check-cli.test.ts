import { describe, expect, it } from 'vitest';
import { article, runCli, writeSite } from '../helpers/site.js';
import { PROBLEM_ARCHIVE, WARNING_ARCHIVE } from './check-fixture.js';
import { runMain } from './run-main.js';

const EXPECTED = [
  ['content/2020/01/a.md', 4, 1, 'warning', 'ALT_TEXT_MISSING'],
  ['content/2020/01/a.md', 5, 1, 'error', 'UNKNOWN_ARTICLE_REF'],
  ['content/2020/01/a.md', 7, 17, 'error', 'LINK_BROKEN'],
  ['content/2020/01/b.md', 3, 1, 'error', 'FRONT_MATTER_INVALID'],
];

describe('broadsheet check on the command line', () => {
  it('text: one "file:line:col  severity CODE  message" line per problem with its hint, exit 1 on errors', () => {
    const root = writeSite(PROBLEM_ARCHIVE);
    const r = runCli(['check'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const problemLines = lines.filter((l) => /^content\//.test(l));
    expect(problemLines.map((l) => l.split('  ').slice(0, 2).join('  '))).toEqual(
      EXPECTED.map(([file, line, col, severity, code]) => `${file}:${line}:${col}  ${severity} ${code}`),
    );
    expect(problemLines[2]).toBe(
      'content/2020/01/a.md:7:17  error LINK_BROKEN  The link "../missing-story/" points to /2020/01/missing-story/, which the site does not have.',
    );
    // Every problem line is followed by its hint.
    for (const l of problemLines) expect(lines[lines.indexOf(l) + 1]).toMatch(/^ {2}hint: \S/);
    expect(lines).toContain('broadsheet check: 3 errors, 1 warning in 2 articles (1 checked for links and images).');
  });

  it('github: workflow command annotations GitHub Actions can read', () => {
    const root = writeSite(PROBLEM_ARCHIVE);
    const r = runCli(['check', '--format', 'github'], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const parsed = lines.map((l) => {
      const m = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.*)$/.exec(l);
      expect(m, l).not.toBeNull();
      return { severity: m![1], file: m![2], line: Number(m![3]), col: Number(m![4]), title: m![5]!, text: m![6]! };
    });
    expect(parsed.map((p) => [p.file, p.line, p.col, p.severity, p.title.split('%3A')[0]])).toEqual(EXPECTED);
    // Properties escape ":" and ","; the message escapes newlines, so each annotation stays on one line.
    expect(parsed[1]!.title).toBe('UNKNOWN_ARTICLE_REF%3A Front matter refers to an unknown article');
    expect(parsed[1]!.text).toMatch(/^"prev: 2019\/12\/gone\.md" does not name a published article\.%0Ahint: /);
  });

  it('json: counts and every problem with its place, code, message and hint', async () => {
    const root = writeSite(PROBLEM_ARCHIVE);
    const r = await runMain(['check', '--format', 'json'], root);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      errors: number;
      warnings: number;
      articles: number;
      problems: { file: string; line: number; column: number; severity: string; code: string; message: string; hint: string }[];
    };
    expect(report).toMatchObject({ errors: 3, warnings: 1, articles: 2 });
    expect(report.problems.map((p) => [p.file, p.line, p.column, p.severity, p.code])).toEqual(EXPECTED);
    expect(report.problems[3]).toMatchObject({
      message: '"date" is not a valid date: "2020-13-01".',
      hint: expect.stringContaining('ISO 8601'),
    });
  });

  it('exit 0 with only warnings, and with none ("no problems"); --quiet hides warnings', async () => {
    const warned = await runMain(['check'], writeSite(WARNING_ARCHIVE));
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('content/a.md:4:1  warning ALT_TEXT_MISSING');
    expect(warned.stdout).toContain('0 errors, 1 warning');
    const quiet = await runMain(['check', '--quiet'], writeSite(WARNING_ARCHIVE));
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const clean = await runMain(['check'], writeSite({ 'content/a.md': article({ title: 'Clean' }) }));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('broadsheet check: no problems in 1 article (1 checked for links and images).\n');
  });

  it('--drafts also checks drafts, and a bad --format is a usage error', async () => {
    const root = writeSite({ 'content/d.md': article({ title: 'Draft', draft: 'true' }, '[x](/nowhere/)') });
    expect((await runMain(['check'], root)).code).toBe(0);
    const drafts = await runMain(['check', '--drafts'], root);
    expect(drafts.code).toBe(1);
    expect(drafts.stdout).toContain('content/d.md:7:1  error LINK_BROKEN');
    const bad = await runMain(['check', '--format', 'xml'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format must be one of text, json, github, not "xml".');
  });
});
