// A site extends Broadsheet from its JS config: a remark plugin from npm (by package name, with
// options), a rehype plugin of its own (a function imported by the config) and a Handlebars helper.
// Worker threads load them too; their names, versions and options are part of the body cache key.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, repoRoot, runCli, writeFiles, writeSite } from '../helpers/site.js';

const ARTICLES = 70; // more than the 64 jobs rendered in the main thread: the rest go to a worker

const REHYPE_PLUGIN = `// Marks every paragraph (and says which thread rendered it): a site's own small rehype plugin.
import { threadId } from 'node:worker_threads';
export default function rehypeLede(options = {}) {
  const className = options.className ?? 'lede';
  return (tree) => {
    const walk = (node) => {
      for (const child of node.children ?? []) {
        if (child.type === 'element' && child.tagName === 'p' && child.properties) { child.properties.dataRole = className; child.properties.dataThread = String(threadId); }
        walk(child);
      }
    };
    walk(tree);
  };
}
`;

function config(dashes: string): string {
  return `import rehypeLede from './plugins/rehype-lede.mjs';
export default {
  title: 'Plugin Post',
  baseUrl: 'https://news.example.org/',
  search: 'none',
  templates: 'theme',
  markdown: {
    remarkPlugins: [['remark-smartypants', { dashes: ${JSON.stringify(dashes)} }]],
    rehypePlugins: [[rehypeLede, { className: 'lede' }]],
  },
  // The sanitiser runs after every plugin: attributes a plugin adds must be allowed here.
  sanitize: { attributes: { p: ['data-role', 'data-thread'] } },
  helpers: { shout: (text) => String(text).toUpperCase() },
};
`;
}

let root = '';
const build = () => runCli(['build', '--workers', '1'], root, { SOURCE_DATE_EPOCH: '1717200000' });
const bodies = (stdout: string) => /(\d+) bodies rendered, (\d+) from cache/.exec(stdout)?.slice(1).map(Number);

beforeAll(() => {
  const files: Record<string, string> = {
    'broadsheet.config.mjs': config('oldschool'),
    'plugins/rehype-lede.mjs': REHYPE_PLUGIN,
    'theme/partials/site-footer.hbs': '<footer class="site-footer">{{shout site.title}}</footer>\n',
  };
  for (let i = 0; i < ARTICLES; i++) {
    files[`content/2020/01/story-${i}.md`] = article({ title: `"Story ${i}"` }, `"Quoted" -- and --- dashed, number ${i}.`);
  }
  root = writeSite(files);
  // The site's node_modules, as npm install would make it: the plugin, found from the config's folder.
  fs.mkdirSync(path.join(root, 'node_modules'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules/remark-smartypants'), path.join(root, 'node_modules/remark-smartypants'), 'dir');
});

describe('plugins and helpers from a JS config', () => {
  it('renders every body through the remark and rehype plugins, in worker threads too, and pages with the helper', () => {
    const r = build();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(bodies(r.stdout)).toEqual([ARTICLES, 0]);
    const threads = new Set<string>();
    for (let i = 0; i < ARTICLES; i++) {
      const page = fs.readFileSync(path.join(root, `dist/2020/01/story-${i}/index.html`), 'utf8');
      // remark-smartypants with dashes: 'oldschool': -- is an en dash, --- an em dash, quotes curl.
      const p = /<p data-role="lede" data-thread="(\d+)">“Quoted” – and — dashed, number (\d+)\.<\/p>/.exec(page);
      expect(p?.[2], `story-${i}`).toBe(String(i));
      threads.add(p![1]!);
      expect(page).toContain('<footer class="site-footer">PLUGIN POST</footer>');
    }
    // Bodies were rendered both in the main thread (0) and in a worker, which loaded the plugins itself.
    expect(threads.has('0')).toBe(true);
    expect(threads.size).toBe(2);
  });

  it('renders no body again when nothing changed, and every body when a plugin option changed', () => {
    const again = build();
    expect(again.code).toBe(0);
    expect(bodies(again.stdout)).toEqual([0, 0]);
    expect(again.stdout).toContain(`0 written, `);

    writeFiles(root, { 'broadsheet.config.mjs': config('inverted') });
    const changed = build();
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    expect(bodies(changed.stdout)).toEqual([ARTICLES, 0]);
    // 'inverted': -- is an em dash, --- an en dash.
    expect(fs.readFileSync(path.join(root, 'dist/2020/01/story-3/index.html'), 'utf8')).toContain('“Quoted” — and – dashed, number 3.');
  });

  it('a plugin that throws is a coded error naming the plugin and the article, without a stack trace', () => {
    const site = writeSite({
      'broadsheet.config.mjs': `export default {
  search: 'none',
  markdown: { rehypePlugins: [function rehypeFussy() { return () => { throw new Error('no tables here'); }; }] },
};
`,
      'content/2020/01/a.md': article({}),
    });
    const r = runCli(['build', '--workers', '0'], site);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PLUGIN_FAILED');
    expect(r.stderr).toContain('The rehype plugin "rehypeFussy" failed on 2020/01/a.md: no tables here');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a plugin that cannot be found is PLUGIN_NOT_FOUND naming it and the config file', () => {
    const site = writeSite({
      'broadsheet.config.json': JSON.stringify({ search: 'none', markdown: { remarkPlugins: ['remark-not-installed'] } }),
      'content/2020/01/a.md': article({}),
    });
    const r = runCli(['build', '--workers', '0'], site);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PLUGIN_NOT_FOUND');
    expect(r.stderr).toContain('The plugin "remark-not-installed" in markdown.remarkPlugins cannot be loaded');
    expect(r.stderr).toContain('broadsheet.config.json');
  });
});
