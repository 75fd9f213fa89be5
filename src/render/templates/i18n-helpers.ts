// The theme's language helpers: every one reads the language of the page it renders (page.lang),
// so a page in Khmer gets Khmer labels and dates whichever list or article put it together.
import type Handlebars from 'handlebars';
import { parseDate } from '../../shared/dates.js';
import { isRightToLeft } from '../../shared/text-direction.js';
import { createTranslator, type DateStyle } from '../i18n/translator.js';
import type { Catalogue } from '../i18n/translation-files.js';

/** What the template engine needs for interface text: the catalogue, the site's language and time zone. */
export interface I18nInit {
  catalogue: Catalogue;
  language: string;
  timeZone: string;
}

const STYLES = new Set<DateStyle>(['date', 'dateTime', 'time', 'month', 'year']);

/** t, date, number and langAttrs, bound to one catalogue. */
export function i18nHelpers(hbs: typeof Handlebars, init: I18nInit): Record<string, Handlebars.HelperDelegate> {
  const translator = createTranslator(init.catalogue, init);
  const pageLang = (options: Handlebars.HelperOptions): string => {
    const own = options.hash?.lang;
    if (typeof own === 'string' && own) return own;
    const lang = (options.data?.root as { page?: { lang?: unknown } } | undefined)?.page?.lang;
    return typeof lang === 'string' && lang ? lang : init.language;
  };
  const optionsOf = (args: unknown[]) => args[args.length - 1] as Handlebars.HelperOptions;
  return {
    /** {{t "article.previous"}}, {{t "share" id}} (parts joined by dots), {{t "reading.minutes" count=n}}. */
    t(...args: unknown[]) {
      const options = optionsOf(args);
      const key = args.slice(0, -1).map(String).join('.');
      return translator.t(pageLang(options), key, options.hash ?? {});
    },
    /** {{date dateIso}}, {{date dateIso "dateTime"}}: the instant in the site's zone, as the page's language writes it. */
    date(...args: unknown[]) {
      const options = optionsOf(args);
      const [value, style] = args;
      // A day without a time (a date-only article: datetime="2016-10-11") is that day, never a made-up time.
      const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      const instant =
        typeof value === 'number' ? value : day ? (parseDate(`${value}T12:00:00`, init.timeZone) ?? NaN) : Date.parse(String(value));
      if (!Number.isFinite(instant)) return String(value ?? '');
      const asked = typeof style === 'string' && STYLES.has(style as DateStyle) ? (style as DateStyle) : 'date';
      const chosen = day && (asked === 'dateTime' || asked === 'time') ? 'date' : asked;
      return translator.date(pageLang(options), instant, chosen);
    },
    /** {{number count}} in the page language's digits. */
    number(value: unknown, options: Handlebars.HelperOptions) {
      const n = Number(value);
      return Number.isFinite(n) ? translator.number(pageLang(options), n) : String(value ?? '');
    },
    /** {{langAttrs lang}}: ` lang="km"` (and dir) when a part's language is not the page's, else nothing. */
    langAttrs(lang: unknown, options: Handlebars.HelperOptions) {
      const page = pageLang({ ...options, hash: {} });
      if (typeof lang !== 'string' || lang === '' || lang.toLowerCase() === page.toLowerCase()) return '';
      const rtl = isRightToLeft(lang);
      const dir = rtl !== isRightToLeft(page) ? ` dir="${rtl ? 'rtl' : 'ltr'}"` : '';
      return new hbs.SafeString(` lang="${hbs.escapeExpression(lang)}"${dir}`);
    },
  };
}
