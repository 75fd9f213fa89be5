import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { aliasToPath, renderRedirectPage, renderRedirectsFile, type Redirect } from '../../src/render/redirects/index.js';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

function findAll(node: Node, tag: string): Node[] {
  const found = node.tagName === tag ? [node] : [];
  return [...found, ...(node.childNodes ?? []).flatMap((child) => findAll(child, tag))];
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));

describe('aliasToPath', () => {
  it.each([
    ['/ok/', { path: '/ok/', outPath: 'ok/index.html' }],
    ['/old/page', { path: '/old/page/', outPath: 'old/page/index.html' }],
    ['/old/page/', { path: '/old/page/', outPath: 'old/page/index.html' }],
    ['/old/page.html', { path: '/old/page.html', outPath: 'old/page.html' }],
    ['/old/story.php', { path: '/old/story.php/', outPath: 'old/story.php/index.html' }],
    ['  /news/648112/old-slug/ ', { path: '/news/648112/old-slug/', outPath: 'news/648112/old-slug/index.html' }],
    [
      '/old page/ព័ត៌មាន',
      { path: '/old%20page/%E1%9E%96%E1%9F%90%E1%9E%8F%E1%9F%8C%E1%9E%98%E1%9E%B6%E1%9E%93/', outPath: 'old page/ព័ត៌មាន/index.html' },
    ],
    ['/caf%C3%A9/', { path: '/caf%C3%A9/', outPath: 'café/index.html' }],
    ['/a:b@c/', { path: '/a:b@c/', outPath: 'a:b@c/index.html' }],
  ])('accepts %j', (alias, expected) => {
    expect(aliasToPath(alias)).toEqual({ ...expected, fitsFile: true });
  });

  it.each([
    '/../etc/passwd',
    '/a/../../b',
    '/a/./b',
    '/%2e%2e/etc/passwd',
    '/a%2Fb/',
    '//evil.com',
    '//evil.com/x',
    'http://x',
    'javascript:alert(1)',
    'a\\b',
    '/a\\b',
    'relative/path',
    '/page?id=1',
    '/page#top',
    '/a//b',
    '/',
    '',
    '   ',
    '/bad%zz/',
    '/nul\u0000/',
    '/\uD800/',
  ])('rejects %j', (alias) => {
    const result = aliasToPath(alias);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(JSON.stringify(alias));
  });
});

describe('renderRedirectsFile', () => {
  it('writes sorted "from to 301" lines, percent-encoding whitespace and dropping repeats', () => {
    const redirects: Redirect[] = [
      { from: '/z/', to: '/new/z/', toAbsolute: 'https://example.org/new/z/' },
      { from: '/a b/\tc/', to: '/new/a b/', toAbsolute: 'https://example.org/new/a%20b/' },
      { from: '/m/', to: '/new/m/', toAbsolute: 'https://example.org/new/m/' },
      { from: '/m/', to: '/new/m/', toAbsolute: 'https://example.org/new/m/' },
      { from: '/evil\n/admin/*', to: '/x/', toAbsolute: 'https://example.org/x/' },
    ];
    expect(renderRedirectsFile(redirects)).toBe(
      '/a%20b/%09c/ /new/a%20b/ 301\n/evil%0A/admin/* /x/ 301\n/m/ /new/m/ 301\n/z/ /new/z/ 301\n',
    );
    for (const line of renderRedirectsFile(redirects).trimEnd().split('\n')) expect(line.split(' ')).toHaveLength(3);
  });

  it('is empty for no redirects', () => {
    expect(renderRedirectsFile([])).toBe('');
  });
});

describe('renderRedirectPage', () => {
  const redirect: Redirect = {
    from: '/old/',
    to: '/new/',
    toAbsolute: `https://example.org/new/?q="><script>alert(1)</script>&x='y'`,
  };
  const title = '</title><script>alert("t")</script> & ព័ត៌មាន';
  const html = renderRedirectPage(redirect, title);
  const doc = parse(html) as unknown as Node;

  it('keeps a hostile title as text', () => {
    expect(findAll(doc, 'script')).toEqual([]);
    expect(text(findAll(doc, 'title')[0]!)).toBe(title);
    expect(text(findAll(doc, 'a')[0]!)).toBe(title);
  });

  it('points refresh, canonical and link at the same target without breaking out of attributes', () => {
    const target = 'https://example.org/new/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=%27y%27';
    const meta = findAll(doc, 'meta');
    expect(meta.map((m) => [attr(m, 'name') ?? attr(m, 'http-equiv') ?? 'charset', attr(m, 'content') ?? attr(m, 'charset')])).toEqual([
      ['charset', 'utf-8'],
      ['robots', 'noindex'],
      ['refresh', `0; url=${target}`],
    ]);
    const canonical = findAll(doc, 'link')[0]!;
    expect([attr(canonical, 'rel'), attr(canonical, 'href')]).toEqual(['canonical', target]);
    expect(attr(findAll(doc, 'a')[0]!, 'href')).toBe(target);
    expect(new URL(target).searchParams.get('q')).toBe('"><script>alert(1)</script>');
  });

  it('refuses targets that are not http(s) URLs', () => {
    expect(() => renderRedirectPage({ from: '/a/', to: '/b/', toAbsolute: 'javascript:alert(1)' }, 'x')).toThrow(TypeError);
    expect(() => renderRedirectPage({ from: '/a/', to: '/b/', toAbsolute: '/b/' }, 'x')).toThrow(TypeError);
  });
});
