// Open Graph wants a locale as language_TERRITORY ("en_US"), not a BCP 47 tag ("en").

/** "en" -> "en_US", "km" -> "km_KH", "en-GB" -> "en_GB"; the likeliest territory fills a bare language. */
export function openGraphLocale(lang: unknown): string {
  if (typeof lang !== 'string' || lang === '') return 'en_US';
  try {
    const full = new Intl.Locale(lang).maximize();
    return full.region ? `${full.language}_${full.region}` : full.language;
  } catch {
    return lang.replace('-', '_');
  }
}
