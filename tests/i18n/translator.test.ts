import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/render/i18n/translator.js';
import type { Catalogue } from '../../src/render/i18n/translation-files.js';

const catalogue: Catalogue = {
  languages: {
    en: {
      files: ['en.json'],
      formats: { locale: 'en-GB' },
      strings: {
        'list.count': { one: '{count} article', other: '{count} articles' },
        'article.next': 'Next Article',
        greeting: 'Hello {name}',
      },
    },
    km: {
      files: ['km.json'],
      formats: { numberingSystem: 'khmr', dateTime: '{date} ម៉ោង {time}' },
      strings: { 'article.next': 'អត្ថបទបន្ទាប់' },
    },
    ru: {
      files: ['ru.json'],
      formats: {},
      strings: { 'list.count': { one: '{count} статья', few: '{count} статьи', many: '{count} статей' } },
    },
  },
};
const t = createTranslator(catalogue, { language: 'en', timeZone: 'Asia/Phnom_Penh' });
const instant = Date.parse('2019-11-11T11:30:00Z');

describe('the translator', () => {
  it('looks a key up from the most specific language to the site language and English', () => {
    expect(t.chain('km-KH')).toEqual(['km-KH', 'km', 'en']);
    expect(t.t('km-KH', 'article.next')).toBe('អត្ថបទបន្ទាប់');
    expect(t.t('km-KH', 'greeting', { name: 'Dara' })).toBe('Hello Dara');
    expect(t.t('fr', 'article.next')).toBe('Next Article');
    expect(t.t('en', 'no.such.key')).toBe('no.such.key');
  });

  it('chooses plural forms with Intl.PluralRules of the page language', () => {
    expect(t.t('en', 'list.count', { count: 1 })).toBe('1 article');
    expect(t.t('en', 'list.count', { count: 3 })).toBe('3 articles');
    expect(t.t('ru', 'list.count', { count: 1 })).toBe('1 статья');
    expect(t.t('ru', 'list.count', { count: 3 })).toBe('3 статьи');
    expect(t.t('ru', 'list.count', { count: 5 })).toBe('5 статей');
  });

  it('writes dates and numbers through Intl in the language, the site zone shown on times', () => {
    expect(t.date('en', instant)).toBe('11 November 2019');
    expect(t.date('en', instant, 'dateTime')).toBe('11 November 2019, 18:30 GMT+7');
    expect(t.date('km', instant)).toBe('11 វិច្ឆិកា 2019');
    expect(t.date('km', instant, 'dateTime')).toMatch(/^11 វិច្ឆិកា 2019 ម៉ោង 18:30$/);
    expect(t.date('ja', instant)).toBe('2019年11月11日');
    // The English file's locale (en-GB) is not borrowed by other languages.
    expect(t.date('fr', instant, 'month')).toBe('novembre 2019');
    expect(t.number('km', 2019)).toBe('២.០១៩');
    expect(t.t('km', 'list.count', { count: 12 })).toBe('១២ articles');
  });

  it("writes a date in a language's own words, and keeps worded patterns within their language", () => {
    const khmerSite = createTranslator(
      {
        languages: {
          km: {
            files: [],
            strings: {},
            formats: { datePattern: 'ថ្ងៃទី{day} ខែ{month} ឆ្នាំ{year}', dateTime: '{date} ម៉ោង {time}', numberingSystem: 'khmr' },
          },
        },
      },
      { language: 'km', timeZone: 'Asia/Phnom_Penh' },
    );
    expect(khmerSite.date('km', instant)).toBe('ថ្ងៃទី11 ខែវិច្ឆិកា ឆ្នាំ2019');
    expect(khmerSite.date('km', instant, 'dateTime')).toBe('ថ្ងៃទី11 ខែវិច្ឆិកា ឆ្នាំ2019 ម៉ោង 18:30');
    // A French page of a Khmer site falls back to Khmer strings, never to Khmer words around French dates.
    expect(khmerSite.date('fr', instant, 'dateTime')).toBe('11 novembre 2019, 18:30 UTC+7');
  });
});
