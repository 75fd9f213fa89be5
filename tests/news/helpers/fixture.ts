// A small news archive described as data, so tests can derive what each list must hold
// without asking the code under test.
import { article } from '../../helpers/site.js';

export interface StorySpec {
  i: number;
  slug: string;
  /** Front matter date, always with +07:00 (the test sites' zone is Asia/Phnom_Penh). */
  date: string;
  year: string;
  month: string;
  day: string;
  section: string;
  tags: string[];
  authors: string[];
  url: string;
}

const SECTIONS = ['National', 'Business', 'Sport'];

/** Days of the archive and how many stories each holds: 23 stories over 3 years. */
export const DAYS: [string, number][] = [
  ['2018-12-31', 1],
  ['2019-03-10', 7],
  ['2019-03-11', 3],
  ['2019-04-02', 5],
  ['2020-01-05', 5],
  ['2020-02-01', 2],
];

function authorsOf(i: number): { raw: string; names: string[] } {
  if (i % 4 === 0) return { raw: 'Taing Vida and Ben Sokhean', names: ['Taing Vida', 'Ben Sokhean'] };
  if (i % 4 === 1) return { raw: '\n  - Sok Chenda\n  - Jack Brook', names: ['Sok Chenda', 'Jack Brook'] };
  return { raw: 'Sok Chenda', names: ['Sok Chenda'] };
}

function tagsOf(i: number): string[] {
  return [...(i % 2 === 0 ? ['Rice'] : []), ...(i % 3 === 0 ? ['Floods'] : [])];
}

/** The stories, oldest first, with the URL each one must get. */
export function stories(): StorySpec[] {
  const out: StorySpec[] = [];
  for (const [day, count] of DAYS) {
    for (let k = 0; k < count; k++) {
      const i = out.length;
      const [year, month, dd] = day.split('-') as [string, string, string];
      const slug = `story-${i}`;
      out.push({
        i,
        slug,
        date: `${day}T${String(8 + k).padStart(2, '0')}:00:00+07:00`,
        year,
        month,
        day: dd,
        section: SECTIONS[i % 3]!,
        tags: tagsOf(i),
        authors: authorsOf(i).names,
        url: `/${year}/${month}/${slug}/`,
      });
    }
  }
  return out;
}

/** Content files for the stories: inline and block YAML lists, "A and B" bylines, some without tags. */
export function storyFiles(list: StorySpec[] = stories()): Record<string, string> {
  const files: Record<string, string> = {};
  for (const s of list) {
    const fields: Record<string, string> = {
      title: `"Story ${s.i}"`,
      date: s.date,
      section: s.section,
      byline: authorsOf(s.i).raw,
      summary: `"Summary of story ${s.i}."`,
    };
    if (s.tags.length) fields.tags = s.i % 4 === 0 ? `[${s.tags.join(', ')}]` : s.tags.map((t) => `\n  - ${t}`).join('');
    files[`content/${s.year}/${s.slug}.md`] = article(fields, `Body of story ${s.i}.`);
  }
  return files;
}

/** URLs of the stories matching a test, newest first (dates are unique in the fixture). */
export function newestFirst(list: StorySpec[], keep: (s: StorySpec) => boolean = () => true): string[] {
  return list
    .filter(keep)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .map((s) => s.url);
}
