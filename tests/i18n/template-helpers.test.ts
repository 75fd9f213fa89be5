// The theme's language helpers read the language of the page they render.
import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from '../../src/render/templates/create-template-engine.js';

const theme = {
  files: {
    'pages/item.hbs': '<a{{langAttrs item.lang}}>{{item.title}}</a> {{t "next"}} {{t "count" count=item.n}} {{date item.iso "dateTime"}}',
  },
  origins: {},
  hash: '',
};
const catalogue = {
  languages: {
    en: { files: [], formats: { locale: 'en-GB' }, strings: { next: 'Next', count: { one: '{count} story', other: '{count} stories' } } },
    ar: { files: [], formats: {}, strings: { next: 'التالي' } },
  },
};
const engine = createTemplateEngine(theme, {}, { catalogue, language: 'en', timeZone: 'Asia/Phnom_Penh' });
const render = (pageLang: string, item: Record<string, unknown>) =>
  engine.render('item', { page: { lang: pageLang }, item: { iso: '2019-11-11T18:30:00+07:00', n: 1, ...item } });

describe('language helpers in templates', () => {
  it('mark a part only when its language is not the page language, with dir when the direction changes', () => {
    expect(render('en', { lang: 'en', title: 'A' })).toMatch(/^<a>A<\/a>/);
    expect(render('en', { lang: 'km', title: 'ក' })).toMatch(/^<a lang="km">ក<\/a>/);
    expect(render('en', { lang: 'ar', title: 'خبر' })).toMatch(/^<a lang="ar" dir="rtl">خبر<\/a>/);
    expect(render('ar', { lang: 'en', title: 'A' })).toMatch(/^<a lang="en" dir="ltr">A<\/a>/);
    // A value from front matter stays text: it cannot open an attribute of its own.
    expect(render('en', { lang: 'x" onclick="y', title: 'A' })).toContain('lang="x&quot; onclick&#x3D;&quot;y"');
  });

  it('translate, pluralise and write dates in the page language', () => {
    expect(render('en', { lang: 'en', title: 'A' })).toBe('<a>A</a> Next 1 story 11 November 2019, 18:30 GMT+7');
    expect(render('en', { lang: 'en', title: 'A', n: 4 })).toContain('4 stories');
    expect(render('ar', { lang: 'ar', title: 'A' })).toContain(' التالي ');
  });
});
