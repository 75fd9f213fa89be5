import { timeZoneLabel } from '../../shared/dates.js';
import type { PageJob } from '../jobs/job-types.js';
import { breadcrumbJsonLd, newsArticleJsonLd } from '../metadata/json-ld.js';
import { homeCrumb } from './archive-nav.js';
import { buildShareLinks } from '../share-links.js';
import { statusFlags, type PageKit } from './page-kit.js';
import { PHOTO_SIZES, openGraphRendition } from './photo-context.js';
import { feedLinks } from './site-context.js';
import { articleLanguageLinks } from './language-links.js';
import type { ArticleContext, PageHead } from './template-contexts.js';

/** The page job of one article: everything but the body, which the worker renders or finds cached. */
export function articlePageJob(kit: PageKit, i: number): Omit<PageJob, 'inputKey'> {
  const { index, config } = kit;
  const a = index.articles[i]!;
  const canonical = kit.absolute(a.url);
  const lang = a.lang ?? config.language;
  const section = kit.termLink(a.sectionTerm === undefined ? undefined : index.sections.terms[a.sectionTerm]);
  const authors = a.authorTerms.map((t) => {
    const term = index.authors.terms[t]!;
    return { name: term.name, url: term.url, absoluteUrl: kit.absolute(term.url) };
  });
  const og = a.photo ? openGraphRendition(kit.photos.get(a.photo.src)) : undefined;
  // Social sites and Google take raster images only: a photo without a JPEG rendition (remote,
  // missing or unreadable) is shown on the page but not offered as the preview.
  const image = og ? kit.absolute(kit.assetUrl(`/${og.path}`)) : undefined;
  // Copy-link button: a same-origin hashed file, so the CSP can stay script-src 'self'.
  const shareScript = config.shareTargets.length ? kit.themeAsset('share.js') : undefined;
  const crumbs = [homeCrumb(kit, lang), ...(section ? [{ name: section.name, url: section.url }] : []), { name: a.title, url: a.url }];
  const link = (j: number | undefined) => {
    const other = j === undefined ? undefined : index.articles[j]!;
    return other && { title: other.title, url: other.url, lang: other.lang ?? config.language };
  };
  const translations = a.translations.map((j) => {
    const t = index.articles[j]!;
    return { lang: t.lang ?? index.languages[t.language]?.code ?? config.language, title: t.title, url: t.url };
  });
  const links = articleLanguageLinks(kit, i);
  const article: ArticleContext = {
    title: a.title,
    lang: a.lang,
    section,
    authors,
    publication: a.publication,
    // A day without a time (2016-10-11, a dated file name) is shown as the day: no made-up 00:00.
    dateIso: a.dateOnly ? kit.iso(a.date).slice(0, 10) : kit.iso(a.date),
    dateText: a.dateOnly ? kit.dateText(a.date, lang) : kit.dateTimeText(a.date, lang),
    dayUrl: kit.dayUrl(a),
    zoneText: a.dateOnly ? '' : timeZoneLabel(a.date, config.timeZone),
    modifiedIso: kit.iso(a.modified),
    corrections: a.corrections.map((c) => ({ dateIso: kit.iso(c.date), dateText: kit.dateText(c.date, lang), text: c.text })),
    shareLinks: buildShareLinks(config.shareTargets, canonical, a.title),
    tags: a.tagTerms.map((t) => kit.termLink(index.tags.terms[t])),
    prev: link(a.prevArticle),
    next: link(a.nextArticle),
    related: a.related.map((j) => {
      const r = index.articles[j]!;
      return {
        title: r.title,
        url: r.url,
        lang: r.lang ?? config.language,
        dateIso: kit.iso(r.date),
        dateText: kit.dateText(r.date, lang),
      };
    }),
    translations,
    year: a.year,
    ...statusFlags(a),
  };
  if (a.params) article.params = a.params;
  if (a.updated !== undefined) {
    article.updatedIso = kit.iso(a.updated);
    article.updatedText = kit.dateTimeText(a.updated, lang);
  }
  if (a.photo) article.photo = kit.photo(a, { sizes: PHOTO_SIZES.lead, lazy: false });
  const sectionTerm = a.sectionTerm === undefined ? undefined : index.sections.terms[a.sectionTerm];
  const page: PageHead = {
    title: a.title,
    titleSuffix: true,
    lang,
    canonical,
    description: a.summary ?? '',
    image,
    imageAlt: a.photo?.alt,
    imageWidth: og?.width,
    imageHeight: og?.height,
    feeds: feedLinks(kit, sectionTerm?.name ?? '', sectionTerm ? kit.routes.term('section', sectionTerm.slug) : undefined),
    scripts: shareScript ? [shareScript] : [],
    hreflang: links.hreflang,
    ...(links.languages.length ? { languages: links.languages } : {}),
    jsonLd:
      newsArticleJsonLd({
        url: canonical,
        headline: a.title,
        description: a.summary,
        datePublished: a.dateOnly ? kit.iso(a.date).slice(0, 10) : kit.iso(a.date),
        dateModified: kit.iso(a.modified),
        authors: authors.map((x) => ({ name: x.name, url: x.absoluteUrl })),
        section: section?.name,
        keywords: a.tags,
        image: image ? { url: image, width: og?.width, height: og?.height } : undefined,
        language: lang,
        publisher: { name: a.publication, url: kit.absolute(kit.routes.list([]).url), logo: kit.logo() },
      }) + breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: kit.absolute(c.url) }))),
  };
  const job = {
    kind: 'page' as const,
    path: a.outPath,
    template: 'article',
    context: { page, article },
    body: kit.body(a),
    source: a.file,
  };
  return a.language ? { ...job, language: a.language } : job;
}
