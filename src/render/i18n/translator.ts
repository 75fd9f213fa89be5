// Looking up interface strings and formatting dates and numbers for the language of a page:
// km-KH -> km -> the site's language -> en, so a page never shows a bare key.
import { langFallbacks, primaryLanguage } from '../../shared/lang-tag.js';
import type { Catalogue, DateFormats, Message } from './translation-files.js';

export type DateStyle = 'date' | 'dateTime' | 'time' | 'month' | 'year';

/** Interface text in a language; every page asks for its own language (page.lang). */
export interface Translator {
  /** The text of a key, with {name} parameters filled in and the plural form chosen by params.count. */
  t(lang: string, key: string, params?: Record<string, unknown>): string;
  /** An instant in the site's time zone, as the language writes it; times carry the zone. */
  date(lang: string, instant: number, style?: DateStyle): string;
  number(lang: string, value: number): string;
  /** The languages tried for a page in lang, in order. */
  chain(lang: string): string[];
}

export interface TranslatorOptions {
  /** The site's language: the fallback of every page. */
  language: string;
  timeZone: string;
}

const DEFAULT_FORMATS: Required<Pick<DateFormats, 'date' | 'time' | 'month' | 'year' | 'dateTime'>> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  dateTime: '{date}, {time} {zone}',
};

/** A translator over one catalogue; Intl formatters are made once per language and style. */
export function createTranslator(catalogue: Catalogue, options: TranslatorOptions): Translator {
  const { languages } = catalogue;
  const chains = new Map<string, string[]>();
  const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
  const cached = <F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => F): F => {
    let f = formatters.get(key);
    if (!f) formatters.set(key, (f = make()));
    return f as F;
  };
  const chain = (lang: string) => {
    let out = chains.get(lang);
    if (!out) {
      out = [...new Set([...langFallbacks(lang), ...langFallbacks(options.language), 'en'])];
      chains.set(lang, out);
    }
    return out;
  };
  const formats = new Map<string, DateFormats>();
  const formatsOf = (lang: string) => {
    let merged = formats.get(lang);
    if (merged) return merged;
    merged = { ...DEFAULT_FORMATS };
    // Intl options fall back like strings; the locale, digits and worded patterns only within the language.
    for (const tag of [...chain(lang)].reverse()) {
      const { locale, numberingSystem, dateTime, datePattern, ...options } = languages[tag]?.formats ?? {};
      Object.assign(merged, options);
      if (primaryLanguage(tag) === primaryLanguage(lang)) {
        Object.assign(merged, Object.fromEntries(Object.entries({ locale, numberingSystem, dateTime, datePattern }).filter(([, v]) => v)));
      }
    }
    formats.set(lang, merged);
    return merged;
  };
  const numberFormat = (lang: string) =>
    cached(`n ${lang}`, () => {
      const f = formatsOf(lang);
      return new Intl.NumberFormat(f.locale ?? lang, f.numberingSystem ? { numberingSystem: f.numberingSystem } : {});
    });
  const dateFormat = (lang: string, part: 'date' | 'time' | 'month' | 'year' | 'zone') =>
    cached(`d ${lang} ${part}`, () => {
      const f = formatsOf(lang);
      const opts = part === 'zone' ? { timeZoneName: 'short' as const } : f[part];
      return new Intl.DateTimeFormat(f.locale ?? lang, { ...opts, timeZone: options.timeZone });
    });
  const dayText = (lang: string, instant: number) => {
    const pattern = formatsOf(lang).datePattern;
    if (!pattern) return dateFormat(lang, 'date').format(instant);
    const parts = Object.fromEntries(
      dateFormat(lang, 'date')
        .formatToParts(instant)
        .map((p) => [p.type, p.value]),
    );
    return fill(pattern, parts, String);
  };
  const translator: Translator = {
    chain,
    t(lang, key, params = {}) {
      const found = chain(lang).find((tag) => Object.hasOwn(languages[tag]?.strings ?? {}, key));
      const message: Message | undefined = found === undefined ? undefined : languages[found]!.strings[key];
      if (message === undefined) return key;
      const text = typeof message === 'string' ? message : pluralForm(message, lang, params.count, cached);
      return fill(text, params, (n) => translator.number(lang, n));
    },
    date(lang, instant, style = 'date') {
      if (style === 'date') return dayText(lang, instant);
      if (style !== 'dateTime') return dateFormat(lang, style).format(instant);
      const zone = dateFormat(lang, 'zone')
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName')?.value;
      const parts = { date: dayText(lang, instant), time: dateFormat(lang, 'time').format(instant), zone: zone ?? '' };
      return fill(formatsOf(lang).dateTime ?? DEFAULT_FORMATS.dateTime, parts, String).trim();
    },
    number: (lang, value) => numberFormat(lang).format(value),
  };
  return translator;
}

function pluralForm(
  message: Exclude<Message, string>,
  lang: string,
  count: unknown,
  cached: (key: string, make: () => Intl.PluralRules) => Intl.PluralRules,
): string {
  const n = Number(count);
  const category = Number.isFinite(n) ? cached(`p ${lang}`, () => new Intl.PluralRules(lang)).select(n) : 'other';
  return message[category] ?? message.other ?? Object.values(message)[0] ?? '';
}

/** "{count} minutes" with count = 4 -> "4 minutes"; numbers in the language's digits. */
function fill(text: string, params: Record<string, unknown>, number: (n: number) => string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? number(value) : String(value ?? '');
  });
}
