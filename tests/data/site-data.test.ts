// data/ at the site root, through the CLI: any file as site.data, an authors file that names the
// writers of bylines given as ids and gives their pages a profile and a Person, and menus.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, runCli, writeSite } from '../helpers/site.js';

let root = '';
let built: ReturnType<typeof runCli>;
const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');

const AUTHORS = `taing-vida:
  name: Taing Vida
  role: Business editor
  bio: Covers rice, rubber and the Mekong ports.
  photo: /images/taing-vida.jpg
  links:
    - https://social.example.net/@taingvida
    - https://taingvida.example.org/
`;

beforeAll(() => {
  root = writeSite({
    'broadsheet.config.json': JSON.stringify({
      title: 'Data Daily',
      baseUrl: 'https://news.example.org/',
      search: 'none',
      templates: 'theme',
    }),
    'content/2020/01/rice.md': article({ title: 'Rice', byline: 'taing-vida' }),
    'content/2020/01/ports.md': article({ title: 'Ports', byline: 'Sok Dara' }),
    'data/authors.yaml': AUTHORS,
    'data/menus.json': JSON.stringify({
      header: [{ label: 'Corrections', url: '/corrections/' }],
      footer: [{ label: 'Tips', url: 'https://tips.example.org/' }],
    }),
    'data/desk.toml': 'phone = "+855 23 000 000"\n',
    'theme/partials/sponsor.hbs': '<p class="desk">Desk: {{site.data.desk.phone}}</p>\n',
  });
  built = runCli(['build', '--workers', '0'], root, { SOURCE_DATE_EPOCH: '1717200000' });
});

describe('site data', () => {
  it('builds, with data/*.toml as site.data in templates', () => {
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(read('index.html')).toContain('<p class="desk">Desk: +855 23 000 000</p>');
  });

  it('maps author ids to names, and gives author pages the profile and a Person with sameAs', () => {
    const page = read('2020/01/rice/index.html');
    expect(page).toContain('>Taing Vida</a>');
    expect(page).not.toContain('taing-vida<');
    const authorPage = read('authors/taing-vida/index.html');
    expect(authorPage).toContain('<p class="author-role">Business editor</p>');
    expect(authorPage).toContain('<p class="author-bio">Covers rice, rubber and the Mekong ports.</p>');
    expect(authorPage).toContain('<img class="author-photo" src="/images/taing-vida.jpg"');
    expect(authorPage).toContain('<a href="https://social.example.net/@taingvida" rel="me">social.example.net</a>');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(authorPage)?.[1];
    expect(JSON.parse(ld!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Taing Vida',
      url: 'https://news.example.org/authors/taing-vida/',
      jobTitle: 'Business editor',
      description: 'Covers rice, rubber and the Mekong ports.',
      image: 'https://news.example.org/images/taing-vida.jpg',
      sameAs: ['https://social.example.net/@taingvida', 'https://taingvida.example.org/'],
    });
    // A writer without a profile keeps a plain author page.
    expect(read('authors/sok-dara/index.html')).not.toContain('author-profile');
  });

  it('puts the header and footer menus on every page', () => {
    for (const page of ['index.html', '2020/01/ports/index.html']) {
      expect(read(page)).toContain('<li><a href="/corrections/">Corrections</a></li>');
      const footer = read(page).split('<footer')[1] ?? '';
      expect(footer).toContain('<li><a href="https://tips.example.org/">Tips</a></li>');
    }
  });

  it('a broken data file is DATA_INVALID with its file and line; a bad author entry names the author', () => {
    const syntax = writeSite({ 'content/2020/01/a.md': article({}), 'data/desk.json': '{\n  "phone": "1",\n}\n' });
    const r = runCli(['build', '--workers', '0'], syntax);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DATA_INVALID');
    expect(r.stderr).toMatch(/data\/desk\.json:\d+/);
    const bad = writeSite({ 'content/2020/01/a.md': article({}), 'data/authors.json': '{ "x": { "role": "Editor" } }' });
    const b = runCli(['build', '--workers', '0'], bad);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('Author "x"');
    expect(b.stderr).not.toMatch(/\n\s+at /);
  });
});
