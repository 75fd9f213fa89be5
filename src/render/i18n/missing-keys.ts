// A language whose file lacks a key the English one has shows that label in another language:
// check and build say so, once per language and key, naming the file to add it to.
import { createProblem, type BroadsheetError } from '../../errors/index.js';
import type { Catalogue } from './translation-files.js';
import type { Translator } from './translator.js';

/** A warning for every key of the English strings that a language (and its parents) does not have. */
export function missingTranslations(catalogue: Catalogue, translator: Translator): BroadsheetError[] {
  const { languages } = catalogue;
  const reference = Object.keys(languages.en?.strings ?? {}).sort();
  const out: BroadsheetError[] = [];
  for (const lang of Object.keys(languages).sort()) {
    if (lang === 'en') continue;
    const pack = languages[lang]!;
    const file = pack.files[pack.files.length - 1]!;
    const chain = translator.chain(lang);
    for (const key of reference) {
      // The language itself and its parents (km for km-KH) count; another language's text is a fallback.
      const own = chain.filter((t) => t === lang || lang.startsWith(`${t}-`));
      if (own.some((t) => Object.hasOwn(languages[t]?.strings ?? {}, key))) continue;
      const fallback = chain.find((t) => Object.hasOwn(languages[t]?.strings ?? {}, key)) ?? 'en';
      out.push(createProblem('I18N_KEY_MISSING', { lang, key, fallback }, { location: { file }, severity: 'warning' }));
    }
  }
  return out;
}
