import { describe, expect, it } from 'vitest';
import { langFallbacks, normalizeLangTag } from '../../src/shared/lang-tag.js';

describe('language tags', () => {
  it('are normalised to canonical BCP 47 as writers spell them', () => {
    const cases: [string, string][] = [
      ['zh_cn', 'zh-CN'],
      ['EN', 'en'],
      ['km-kh', 'km-KH'],
      [' pt_br ', 'pt-BR'],
      ['zh-hant-tw', 'zh-Hant-TW'],
      ['sr_latn', 'sr-Latn'],
    ];
    for (const [written, tag] of cases) expect(normalizeLangTag(written), written).toEqual({ kind: 'valid', tag });
  });

  it('are invalid when they are not tags at all', () => {
    for (const written of ['', 'english, please', 'en--us', '12', 'a']) {
      expect(normalizeLangTag(written), written).toEqual({ kind: 'invalid', written });
    }
  });

  it('fall back from the most specific to the language', () => {
    expect(langFallbacks('km-KH')).toEqual(['km-KH', 'km']);
    expect(langFallbacks('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(langFallbacks('en')).toEqual(['en']);
  });
});
