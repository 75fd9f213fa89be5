// Interface text of the theme in the language of each page: translation files, lookup, Intl formats.
import type { ResolvedConfig } from '../../config/index.js';
import { isBroadsheetError, type BroadsheetError } from '../../errors/index.js';
import { loadTheme } from '../templates/load-theme.js';
import { missingTranslations } from './missing-keys.js';
import { loadCatalogue } from './translation-files.js';
import { createTranslator } from './translator.js';

export { loadCatalogue, type Catalogue, type DateFormats, type Message } from './translation-files.js';
export { createTranslator, type Translator, type DateStyle } from './translator.js';
export { missingTranslations } from './missing-keys.js';

/** For check: a translation file that cannot be used, or every key a language lacks. */
export function checkTranslations(config: ResolvedConfig): BroadsheetError[] {
  try {
    const theme = loadTheme(config.themeDir, config.templatesDir);
    const catalogue = loadCatalogue(theme.files, theme.origins, config.i18nDir);
    return missingTranslations(catalogue, createTranslator(catalogue, config));
  } catch (error) {
    if (isBroadsheetError(error)) return [error];
    throw error;
  }
}
